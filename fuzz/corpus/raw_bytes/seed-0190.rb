GC.start
begin; String.send(:alias_method, :m0, :"<="); rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :m2); rescue Exception; end
begin
  begin
  rescue => e
    begin
      v0 = Proc.new do |a0, a1|
        begin; 10.times { |i| [i, i] }; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin
      v1 = proc do
        begin; v2 = Object.new(nil, 60); rescue Exception; end
        nil
      end
    rescue Exception
    end
  rescue => e
    begin
      module M0
        begin; v3 = Object.new(); rescue Exception; end
        begin
          v3.singleton_class.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
            nil
          end
        rescue Exception
        end
        begin; eval("begin; v3.m3(); rescue Exception; end"); rescue Exception; end
      end
    rescue Exception
    end
    begin; Numeric.send(:alias_method, :m2, :m2); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m4, :then); rescue Exception; end
begin
  30.times do |i|
    begin; v4 = Object.instance_variable_get(:@k1); rescue Exception; end
    begin; v5 = Object.class_variable_get(:@@k2); rescue Exception; end
  end
rescue Exception
end
begin; v6 = "s14".insert(43, 62); rescue Exception; end
begin; K0 = self; rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin
  class << v6
    begin
      v7 = proc do
        begin; v8 = nil.respond_to?(:m5); rescue Exception; end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v10 = v6.public_send(:m4) do
    begin; v9 = nil.method(:m4); rescue Exception; end
    begin; String.send(:alias_method, :m6, :"<="); rescue Exception; end
    v6
  end
rescue Exception
end
begin; p v6; rescue Exception; end
begin; v11 = :y2.respond_to?(:"<="); rescue Exception; end
begin; v12 = Object.new(); rescue Exception; end
begin
  def v12.m2(a0, *rest, p0)
    begin; v13 = Object.new(1); rescue Exception; end
    10.5
  end
rescue Exception
end
begin; v14 = Range.instance_method(:then); rescue Exception; end
begin; Range.send(:alias_method, :m7, :">="); rescue Exception; end
begin; v15 = v14.bind(:y5); rescue Exception; end
begin; Object.send(:alias_method, :m8, :then); rescue Exception; end
begin; Integer.extend(M0); rescue Exception; end
begin; v16 = Object.new(); rescue Exception; end
begin; :y0.to_s(k0: v16); rescue Exception; end
begin
  v17 = proc do |a0, o0 = 0|
    begin
      class C1 < String
        begin; v18 = C1.new(k0: 2); rescue Exception; end
        begin; C1.send(:alias_method, :m3, :then); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  class C2 < Exception
    begin
      v19 = :y1.send(:empty?) do |a0, o0 = 0, *rest, k0: 1, &blk|
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
        blk
      end
    rescue Exception
    end
    begin; v20 = 9; rescue Exception; end
    begin; K1 = v20; rescue Exception; end
    begin
      v24 = v20.public_send(:"%", 45) do |k0: 1, **kws|
        begin; v21 = C1.new(kws); rescue Exception; end
        begin
          v23 = 9.send(:"<=>") do |a0, &blk|
            begin; v22 = C2.new(v20); rescue Exception; end
            v21
          end
        rescue Exception
        end
        kws
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
GC.start
begin
  module M3
    begin; C1.class_variable_set(:@@k1, nil); rescue Exception; end
    begin
      v25 = lambda do
        91
      end
    rescue Exception
    end
    begin; 50.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; v26 = [v17].include?(v16); rescue Exception; end
