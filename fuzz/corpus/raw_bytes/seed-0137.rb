begin; ($stash ||= []).concat(Array.new(12) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  "s6".method(:"`").call(70, 4) do |a0, &blk|
    begin
      class C0
        begin
          module M1
            begin; p nil; rescue Exception; end
            begin; Integer.extend(M1); rescue Exception; end
            begin; ($stash ||= []).concat(Array.new(7) { |j| proc { j } }); rescue Exception; end
          end
        rescue Exception
        end
        begin
          class Numeric
            begin; alias_method :m0, :anybits?; rescue Exception; end
          end
        rescue Exception
        end
        begin
          C0.send(:define_method, :m1) do |a0, *rest, p0|
            begin
              C0.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
                blk
              end
            rescue Exception
            end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  String.class_eval do
    begin; C0.send(:alias_method, :m3, :"`"); rescue Exception; end
  end
rescue Exception
end
begin
  module M2
    begin; v0 = C0.new(); rescue Exception; end
    begin; v1 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; v2 = self.method(:message); rescue Exception; end
begin; C0.send(:alias_method, :m0, :flat_map); rescue Exception; end
begin; v3 = 9.5; rescue Exception; end
begin; v4 = 55; rescue Exception; end
begin
  v5 = Class.new(StandardError) do
    begin; alias_method :m4, :m5; rescue Exception; end
  end
rescue Exception
end
begin; v6 = v5.new(); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m6, :m5); rescue Exception; end
begin
  class << v5
    begin; v7 = Object.new(); rescue Exception; end
    begin
      v8 = proc do |a0, a1|
        begin; v9 = C0.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :anybits?); rescue Exception; end
begin; eval("begin\n  Integer.send(:define_method, :m4) do\n    begin; v6.send(:m3, k0: 2); rescue Exception; end\n    nil\n  end\nrescue Exception\nend\nbegin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v4.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end"); rescue Exception; end
begin
  def m7(a0, o0 = 0)
    begin; Integer.send(:alias_method, :m8, :"`"); rescue Exception; end
    begin; v10 = C3.instance_variable_get(:@k2); rescue Exception; end
    (2..2)
  end
rescue Exception
end
begin; 8.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v11 = C0.new(); rescue Exception; end
begin
  module M4
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
    begin
      def m9(a0, *rest, p0)
        begin; v12 = :y0.respond_to?(:m10); rescue Exception; end
        (4..7)
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v13 = v5.clone; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin
  C0.send(:define_method, :m11) do |a0, &blk|
    GC.start
    a0
  end
rescue Exception
end
begin; v14 = v13.new("s11", k0: 3); rescue Exception; end
begin; v15 = v11.singleton_class; rescue Exception; end
begin; v16 = v14.instance_variable_get(:@i2); rescue Exception; end
