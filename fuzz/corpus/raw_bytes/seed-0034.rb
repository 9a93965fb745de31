begin; ($stash ||= []).concat(Array.new(6) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; Object.instance_variable_set(:@k1, :y2); rescue Exception; end
begin
  v1 = Fiber.new do |x|
    begin; v0 = Object.new((2..5), "s14"); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v2 = [v1, v1, v1]; rescue Exception; end
begin
  v2.instance_eval do
    begin
      v3 = proc do |a0|
        a0
      end
    rescue Exception
    end
    begin
      v4 = Proc.new do
        begin; v3.singleton_class.send(:alias_method, :m0, :i); rescue Exception; end
        begin; Object.class_variable_set(:@@k1, v2); rescue Exception; end
        v3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  10.times do |i|
    begin; Array.send(:alias_method, :m0, :m0); rescue Exception; end
    begin; v2.singleton_class.send(:undef_method, :m1); rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  class C0
    begin; v5 = Array(28); rescue Exception; end
    begin; v6 = -1.5; rescue Exception; end
    begin
      def m1(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          C0.send(:define_method, :m2) do |a0|
            begin; 300.times { |i| [i, i] }; rescue Exception; end
            31
          end
        rescue Exception
        end
        begin
          v7 = ->(a0, *rest) do
            begin; Object.const_set(:K0, self); rescue Exception; end
            a0
          end
        rescue Exception
        end
        blk
      end
    rescue Exception
    end
    begin; v8 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v9 = [v1].include?(v1); rescue Exception; end
begin; v10 = C0.instance_method(:m3); rescue Exception; end
begin
  def m4(a0)
    begin; v11 = 70; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v12 = 15; rescue Exception; end
begin
  class C1 < Array
    begin
      v13 = lambda do
        begin; Numeric.send(:alias_method, :m5, :m6); rescue Exception; end
        true
      end
    rescue Exception
    end
    begin
      class C2
        begin; v14 = [8.5].include?(:y1); rescue Exception; end
        begin
          v15 = proc do
            true
          end
        rescue Exception
        end
        begin
          v17 = Fiber.new do |x|
            begin; v16 = {:k0 => v15}; rescue Exception; end
            begin
              def m1(a0, o0 = 0)
                a0
              end
            rescue Exception
            end
            Fiber.yield(x)
            nil
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; alias m7 :"<=>"; rescue Exception; end
    begin; alias m4 i; rescue Exception; end
  end
rescue Exception
end
begin; v18 = C2.new(v12, *v2, k0: 3); rescue Exception; end
begin
  v19 = Proc.new do |a0, &blk|
    blk
  end
rescue Exception
end
begin
  class C3
    begin; v20 = Object.new(); rescue Exception; end
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
    begin; C0.send(:alias_method, :m8, :each_with_object); rescue Exception; end
    begin
      C3.send(:define_method, :m4) do
        begin; v20.singleton_class.send(:alias_method, :m9, :each_with_object); rescue Exception; end
        v20
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 30.times { |i| v18.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v21 = v18.send(:i, K0) do |a0|
    K0
  end
rescue Exception
end
begin; C0.send(:alias_method, :m10, :each_with_object); rescue Exception; end
begin; C2.send(:include, Comparable); rescue Exception; end
begin; v18.singleton_class.send(:define_method, :m11, v10); rescue Exception; end
begin
  3.times do |i|
    begin
      r1 = 0
      begin
        begin
          class << v9
            begin; v22 = C1.new(); rescue Exception; end
          end
        rescue Exception
        end
      rescue => e
        begin; v18.singleton_class.send(:undef_method, :each_with_object); rescue Exception; end
        r1 += 1
        retry if r1 < 2
      ensure
        begin
          class C4
            begin; v23 = C4.new((1..5)); rescue Exception; end
            GC.start
            begin; raise TypeError, "x"; rescue Exception; end
          end
        rescue Exception
        end
        begin; v24 = self == i; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v25 = v9.send(:m9, v12, v10) do |a0, *rest, p0|
    begin; K1 = a0; rescue Exception; end
    :y5
  end
rescue Exception
end
begin
  class Numeric
    begin; alias m0 i; rescue Exception; end
  end
rescue Exception
end
begin
  def m0(o0 = 0)
    :y5
  end
rescue Exception
end
begin
  class << v18
    begin; v26 = C3.new(1); rescue Exception; end
    begin; v27 = "s1"; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v2 << i.to_s }; rescue Exception; end
GC.start
