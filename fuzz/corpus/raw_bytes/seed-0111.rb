begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v0 = Object.class_variable_get(:@@k2); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(2) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :m1); rescue Exception; end
begin; String.send(:alias_method, :m2, :m3); rescue Exception; end
begin
  v1 = lambda do
    true
  end
rescue Exception
end
begin
  class C0 < StandardError
    begin; v2 = 34; rescue Exception; end
    begin
      Numeric.send(:define_method, :m4) do |a0, o0 = 0|
        begin; Object.const_set(:K0, a0); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = v1.respond_to?(:m5); rescue Exception; end
begin
  v1.call(v3, k0: 3) do
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
    begin; p v0; rescue Exception; end
    v1
  end
rescue Exception
end
begin; C0.send(:define_method, :m6, v1); rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v4 = v1.respond_to?(:m7); rescue Exception; end
begin
  v5 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:remove_method, :m8); rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < C0
    begin
      class C3 < Numeric
        begin; p 33; rescue Exception; end
        begin; C3.class_variable_set(:@@k0, (4..7)); rescue Exception; end
        begin; C0.send(:undef_method, :m9); rescue Exception; end
        begin
          v6 = (2..5).send(:initialize_copy, 1) do |k0: 1|
            begin; alias_method :m10, :nobits?; rescue Exception; end
            begin; C3.extend(Enumerable); rescue Exception; end
            k0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      v7 = Fiber.new do |x|
        begin
          def m11(k0: 1, **kws)
            begin; C2.send(:prepend, Enumerable); rescue Exception; end
            (3..3)
          end
        rescue Exception
        end
        Fiber.yield(x)
        "s18"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v8 = proc do |k0: 1, **kws|
    v0
  end
rescue Exception
end
begin; v5.instance_variable_set(:@i0, self); rescue Exception; end
begin; v9 = v1.to_proc; rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin
  class << v4
    begin; eval(""); rescue Exception; end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; C3.send(:alias_method, :m7, :message); rescue Exception; end
begin; v10 = 83; rescue Exception; end
begin; v11 = "abc" + self; rescue Exception; end
begin; v12 = C1.new(); rescue Exception; end
begin; v13 = Struct.new(:f0, :f1); rescue Exception; end
GC.start
begin; v14 = v12.respond_to?(:m9); rescue Exception; end
begin; C1.extend(Enumerable); rescue Exception; end
GC.start
