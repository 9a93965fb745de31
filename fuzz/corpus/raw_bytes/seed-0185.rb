GC.start
begin; v0 = :upcase; rescue Exception; end
begin; String.send(:alias_method, :m0, :then); rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v0.name(v1, k0: 3); rescue Exception; end
begin
  class << v1
    begin; v2 = [78, K0]; rescue Exception; end
    begin
      v3 = v2.append(*v2) do |a0, o0 = 0, *rest, k0: 1, &blk|
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v1.m1()
    "s0"
  end
rescue Exception
end
begin; v4 = []; rescue Exception; end
begin; Object.instance_variable_set(:@k2, v4); rescue Exception; end
begin
  v5 = ->(a0) do
    a0
  end
rescue Exception
end
begin
  module M0
    begin; v6 = Object.new(); rescue Exception; end
    begin
      v7 = lambda do |a0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 << v4; rescue Exception; end
begin; v8 = v5.respond_to?(:m0); rescue Exception; end
begin
  v9 = self.m0(v4, self) do
    GC.start
    v1
  end
rescue Exception
end
begin; v10 = [-1].include?(true); rescue Exception; end
begin; v1.instance_variable_set(:@i0, v5); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m2) do
    begin
      class << v4
        begin; v11 = (3..5).respond_to?(:m3); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v12 = Class.new(Array) do
        GC.start
        begin; v13 = [nil].include?(46); rescue Exception; end
        begin
          class << v13
            GC.start
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
      end
    rescue Exception
    end
    v10
  end
rescue Exception
end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v14 = Object.new(); rescue Exception; end
