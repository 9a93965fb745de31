begin; ($stash ||= []).concat(Array.new(10) { |j| proc { j } }); rescue Exception; end
GC.start
begin
  class C0 < Numeric
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    begin; v0 = C0.new(); rescue Exception; end
    begin
      def m0(o0 = 0)
        begin; v1 = nil.respond_to?(:m0); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = C0.new(:y5); rescue Exception; end
begin; v3 = (2..6); rescue Exception; end
begin; Object.class_eval("begin\n  module M1\n    begin; raise TypeError, \"x\"; rescue Exception; end\n    begin\n      include Enumerable\n      def each\n        yield 1\n        yield 2\n        self\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m1, :fill); rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :fill); rescue Exception; end
begin; v4 = [v2, (2..2)].uniq.size; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v4[0] = $stash.shift }; rescue Exception; end
begin; v5 = v2.singleton_class; rescue Exception; end
begin
  v6 = proc do |a0, o0 = 0|
    begin
      class Array
        begin; alias m0 fill; rescue Exception; end
      end
    rescue Exception
    end
    57
  end
rescue Exception
end
begin
  class << v5
    begin; v7 = Object.new(k0: 2); rescue Exception; end
    begin; v7.send(:step, k0: v7); rescue Exception; end
    begin; v8 = v7.singleton_class; rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v2.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class C2
    begin
      C0.send(:define_method, :m2) do
        begin; v9 = :y0.m3(); rescue Exception; end
        begin; Object.const_set(:K0, (3..3)); rescue Exception; end
        :y0
      end
    rescue Exception
    end
    begin
      class C3
        begin
          begin
          rescue => e
          ensure
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; v10 = C3.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m4(o0 = 0)
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6.singleton_class.send(:undef_method, :m4); rescue Exception; end
begin; v6.public_send(:m3, v4, v3); rescue Exception; end
begin; v11 = {:k0 => v6}; rescue Exception; end
begin; 100.times { |i| v2.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v12 = v5.method(:fill); rescue Exception; end
begin
  class Array
    begin; alias_method :m5, :fill; rescue Exception; end
  end
rescue Exception
end
GC.start
