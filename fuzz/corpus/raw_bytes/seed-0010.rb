begin; ($stash ||= []).concat(Array.new(11) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin
  class Array
    begin; alias_method :m0, :rotate; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :">"); rescue Exception; end
    begin; C0.send(:alias_method, :m1, :">"); rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
    begin; alias_method :m0, :abs; rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin
  class C1 < C0
    begin
      module M2
        begin; v1 = C1.new(); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m2, :message); rescue Exception; end
begin
  module M3
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v3 = v0.m1(v0, k0: 3) do |k0: 1|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
    begin; v2 = nil; rescue Exception; end
    self
  end
rescue Exception
end
begin
  C1.send(:define_method, :m3) do
    begin; v4 = C1.new(k0: 2); rescue Exception; end
    v3
  end
rescue Exception
end
begin
  class C4 < Numeric
    begin
      C0.send(:define_method, :m4) do |a0|
        GC.start
        nil
      end
    rescue Exception
    end
    begin; alias_method :m3, :p; rescue Exception; end
    begin
      class C5 < Array
        begin; C1.instance_variable_set(:@k1, :y0); rescue Exception; end
        begin
          C0.send(:define_method, :m5) do |k0: 1|
            k0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v5 = {:k0 => 16}; rescue Exception; end
  end
rescue Exception
end
begin; C5.send(:remove_method, :m2); rescue Exception; end
begin; v6 = [10, 20, 30, 40][v3]; rescue Exception; end
begin; v7 = C5.instance_method(:m6); rescue Exception; end
begin
  v9 = self.send(:p, (2..3)) do |k0: 1|
    begin; v8 = {:k0 => k0}; rescue Exception; end
    k0
  end
rescue Exception
end
begin; v10 = C4.new(15.5, v0); rescue Exception; end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m6, :message; rescue Exception; end
  end
rescue Exception
end
begin; Object.class_eval("begin; p v10; rescue Exception; end\nbegin; v11 = {:k0 => \"s11\"}; rescue Exception; end"); rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m7, :p); rescue Exception; end
begin; v12 = v10.clone; rescue Exception; end
begin
  class << v0
    begin; :y4.send(:upcase, 1); rescue Exception; end
  end
rescue Exception
end
begin; v13 = v10.method(:m8).call(1); rescue Exception; end
begin
  class C6 < C0
    begin; raise TypeError, "x"; rescue Exception; end
    begin
      C6.send(:define_method, :m8) do
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m9, :m10); rescue Exception; end
begin; v14 = self.public_send(:p, v9, v10); rescue Exception; end
GC.start
