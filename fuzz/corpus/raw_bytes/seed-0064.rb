begin; ($stash ||= []).concat(Array.new(9) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  Integer.send(:define_method, :m0) do
    begin; v0.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v1 = [v0, v0, v0]; rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
begin; v2 = (3..6); rescue Exception; end
begin; v3 = Object.new(87); rescue Exception; end
begin
  begin
    begin
      class C0 < Numeric
        begin; v4 = C0.new(); rescue Exception; end
        begin; v5 = v4.respond_to?(:m3, true); rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin; v6 = v3.dup; rescue Exception; end
  end
rescue Exception
end
begin; v7 = v0.clone; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m4, :zero?); rescue Exception; end
begin; v8 = C0.instance_variable_get(:@k0); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1[2] = $stash.shift }; rescue Exception; end
begin; v9 = v3.dup; rescue Exception; end
begin; C0.class_eval("begin\n  class << v0\n    begin\n      def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end\n      def to_str; \"c\#{to_int}\"; end\n      def to_ary; [to_int, to_str]; end\n      def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end\n      def hash; to_int.hash; end\n      def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end\n      def ==(o); eql?(o); end\n      def coerce(o); [o, to_int]; end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v10 = C0.instance_method(:m4); rescue Exception; end
begin
  class String
    begin; alias_method :m5, :clear; rescue Exception; end
    begin; alias_method :m1, :zip; rescue Exception; end
  end
rescue Exception
end
begin; v11 = Struct.new(:f0); rescue Exception; end
begin; p v0; rescue Exception; end
begin; v12 = {:k0 => v7}; rescue Exception; end
begin; v13 = Numeric.instance_method(:m6); rescue Exception; end
begin
  v14 = Class.new(Hash) do
    begin
      class C2
        begin; v15 = [1.5, 99].uniq.size; rescue Exception; end
        begin
          String.send(:define_method, :m7) do |a0|
            a0
          end
        rescue Exception
        end
        begin
          v16 = Fiber.new do |x|
            begin
              def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
              def to_str; "c#{to_int}"; end
              def to_ary; [to_int, to_str]; end
              def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
              def hash; to_int.hash; end
              def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
              def ==(o); eql?(o); end
              def coerce(o); [o, to_int]; end
            rescue Exception
            end
            Fiber.yield(x)
            v15
          end
        rescue Exception
        end
        begin; v17 = []; rescue Exception; end
      end
    rescue Exception
    end
    begin; v18 = C1.new(); rescue Exception; end
    begin; C0.send(:undef_method, :m8); rescue Exception; end
  end
rescue Exception
end
begin
  class << v9
    begin
      module M3
        begin; v19 = Object.new(); rescue Exception; end
        begin; v20 = {:k0 => v19, :k1 => self}; rescue Exception; end
      end
    rescue Exception
    end
    begin; alias_method :m9, :m10; rescue Exception; end
    begin
      module M4
        begin
          class String
            begin; alias_method :m3, :clear; rescue Exception; end
          end
        rescue Exception
        end
        begin; M4.send(:include, M4); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m3, :lines); rescue Exception; end
begin; v21 = v9.dup; rescue Exception; end
begin; K0 = v8; rescue Exception; end
begin
  class C5 < String
    begin; v22 = [[(4..5)], [70]].flatten; rescue Exception; end
  end
rescue Exception
end
begin; v12.singleton_class.send(:alias_method, :m9, :m11); rescue Exception; end
