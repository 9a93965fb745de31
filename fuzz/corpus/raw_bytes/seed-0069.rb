GC.start
begin; M0.send(:remove_method, :m0); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  module M0
    begin; v1 = Object.instance_variable_get(:@k1); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :rstrip); rescue Exception; end
begin; p 13.5; rescue Exception; end
begin
  v0.m2(k0: 2) do
    begin
      class << v0
        begin; v2 = 62.send(:"&", 67); rescue Exception; end
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
        begin; p v2; rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v3 = Integer(v0); rescue Exception; end
begin
  class C1 < Numeric
    begin
      module M2
        begin; v4 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m3()
        begin; 10.times { |i| proc { i } }; rescue Exception; end
        "s18"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m4, :m5); rescue Exception; end
begin
  v5 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    begin; v0.singleton_class.send(:undef_method, :m6); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v6 = v0.m6(k0: :y2); rescue Exception; end
begin
  65.m7(1) do
    v3
  end
rescue Exception
end
begin; v7 = v5.respond_to?(:m8); rescue Exception; end
begin; v0.singleton_class.send(:define_method, :m9, v5); rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin; v9 = [10, 20, 30, 40][v5]; rescue Exception; end
begin
  v10 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class C3
        GC.start
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin; C3.send(:remove_method, :m7); rescue Exception; end
begin
  class << v0
    begin
      v11 = proc do |a0, *rest|
        begin; Enumerable.send(:alias_method, :m9, :inject); rescue Exception; end
        begin
          def m10(k0: 1, **kws)
            9.5
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; C3.class_variable_set(:@@k0, v11); rescue Exception; end
    begin; v12 = v11.respond_to?(:m11); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
GC.start
