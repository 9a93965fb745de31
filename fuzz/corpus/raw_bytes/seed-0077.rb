begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  class C0 < String
    begin; alias m0 compact; rescue Exception; end
    begin; v0 = nil; rescue Exception; end
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
    begin
      class C1 < C0
        begin
          v1 = 40.chr(k0: nil) do |a0|
            20
          end
        rescue Exception
        end
        begin; v1.m1(v1, v1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = self.compact(95, true); rescue Exception; end
begin
  def m2(a0, o0 = 0)
    begin
      v3 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
        blk
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  v4 = lambda do
    begin
      class Array
        begin; alias m1 collect!; rescue Exception; end
      end
    rescue Exception
    end
    (2..7)
  end
rescue Exception
end
begin
  v5 = proc do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v6 = 73; rescue Exception; end
begin; v7 = true; rescue Exception; end
begin; v8 = C0.new(v2, k0: 3); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v4.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; v9 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class << v5
    begin; alias_method :m3, :compact; rescue Exception; end
    begin
      class Array
        begin; alias_method :m1, :collect!; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin
  class << v9
    begin
      class C2
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin
          v10 = Class.new(Object) do
            begin; p 57; rescue Exception; end
          end
        rescue Exception
        end
        begin
          class << v10
            begin; C1.send(:alias_method, :m4, :compact); rescue Exception; end
            begin; ($stash ||= []).concat(Array.new(6) { |j| { j => "h#{j}" } }); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      C1.send(:define_method, :m5) do |a0, &blk|
        begin
          C0.class_eval do
            begin; Object.const_set(:K0, true); rescue Exception; end
            begin; v11 = 44.method(:m0); rescue Exception; end
          end
        rescue Exception
        end
        0.5
      end
    rescue Exception
    end
    begin
      def m4(a0, *rest, p0)
        begin; v12 = K0.method(:collect!); rescue Exception; end
        begin
          v13 = v12.send(:name, k0: 2) do |a0, *rest, p0|
            begin; C1.send(:prepend, Comparable); rescue Exception; end
            true
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v14 = proc do
    v9
  end
rescue Exception
end
begin; C0.send(:alias_method, :m2, :compact); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v8.singleton_class.send(:undef_method, :m6); rescue Exception; end
begin; C1.class_variable_set(:@@k0, 1.5); rescue Exception; end
begin; K1 = true; rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m7, :compact); rescue Exception; end
begin
  v8.singleton_class.send(:define_method, :m8) do |a0, a1|
    begin; 8.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    v7
  end
rescue Exception
end
begin; String.send(:define_method, :m9, v14); rescue Exception; end
GC.start
begin; v4.instance_variable_set(:@i3, v14); rescue Exception; end
GC.start
