GC.start
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  def m2(o0 = 0)
    begin; "s0".public_send(:length, k0: 2); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v0 = (1..2).respond_to?(:m2); rescue Exception; end
begin
  v1 = lambda do |a0|
    8.5
  end
rescue Exception
end
begin; v2 = {:k0 => v0}; rescue Exception; end
begin; v3 = 42; rescue Exception; end
begin
  v3.send(:eql?, k0: 17.5) do |a0, &blk|
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; alias m1 m3; rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v4 = :y2; rescue Exception; end
begin
  class Struct
    begin; alias m3 eql?; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v5 = v1.method(:eql?); rescue Exception; end
begin
  v6 = Class.new(Array) do
    begin
      def m4(o0 = 0)
        begin
          Range.class_eval do
            begin; v7 = Object.new((4..4), true); rescue Exception; end
            begin; Integer.send(:alias_method, :m3, :m5); rescue Exception; end
          end
        rescue Exception
        end
        16.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M2
    begin
      1.times do |i|
        begin; v8 = (0..1).method(:eql?); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  Array.send(:define_method, :m4) do |a0, a1|
    begin; String.send(:alias_method, :m2, :m1); rescue Exception; end
    a0
  end
rescue Exception
end
begin; Range.send(:alias_method, :m6, :m6); rescue Exception; end
begin; v9 = C0.new(1); rescue Exception; end
begin
  1.times do |i|
    begin; v10 = i.respond_to?(:m7); rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  class Struct
    begin; alias m8 eql?; rescue Exception; end
    begin; alias_method :m9, :eql?; rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
    begin
      Numeric.send(:define_method, :m10) do |k0: 1, **kws|
        begin; v11 = {:k0 => 92, :k1 => kws}; rescue Exception; end
        kws
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m11, :eql?); rescue Exception; end
  end
rescue Exception
end
begin; v2.instance_eval("begin; v6.send(:alias_method, :m6, :eql?); rescue Exception; end"); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m1, :eql?); rescue Exception; end
