GC.start
begin
  class C0 < Array
    begin; v0 = :y4.method(:m0).call(12, 4); rescue Exception; end
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin
  class << v1
    begin
      Hash.send(:define_method, :m0) do |a0, *rest|
        rest
      end
    rescue Exception
    end
    begin
      C0.send(:define_method, :m1) do |a0, a1|
        begin
          C0.send(:define_method, :m0) do |a0|
            a0
          end
        rescue Exception
        end
        begin
          v2 = Class.new(Object) do
            begin; v3 = [10, 20, 30, 40]["s19"]; rescue Exception; end
            begin; v4 = C1.new(v3, true); rescue Exception; end
            begin; v5 = Object.new(); rescue Exception; end
            begin; v6 = Object.new(); rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; 50.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin
  Range.class_eval do
    begin
      class << v1
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v7 = C1.instance_method(:zero?); rescue Exception; end
  end
rescue Exception
end
begin
  C1.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    v1
  end
rescue Exception
end
begin
  1.times do |i|
    begin
      Numeric.class_eval do
        begin
          v1.singleton_class.send(:define_method, :m2) do |a0, a1|
            begin; C1.send(:alias_method, :m3, :zero?); rescue Exception; end
            begin; C0.instance_variable_set(:@k2, a0); rescue Exception; end
            9
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1.freeze; rescue Exception; end
begin; C1.send(:alias_method, :m4, :repeated_permutation); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    GC.start
    begin; Numeric.extend(Comparable); rescue Exception; end
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
  end
rescue Exception
end
