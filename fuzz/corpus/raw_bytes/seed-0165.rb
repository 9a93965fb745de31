GC.start
begin; v0 = { -0.5 => 1, "s8" => 2 }[-0.5]; rescue Exception; end
begin; p "s5"; rescue Exception; end
begin
  class C0 < String
    begin; alias_method :m0, :strip; rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin; v1 = C0.new((0..4), self); rescue Exception; end
  end
rescue Exception
end
begin
  Hash.class_eval do
    begin; v2 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v3 = :y0.method(:tally); rescue Exception; end
begin; v4 = {}; rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin; v6 = v4.dup; rescue Exception; end
begin; v4.to_proc(&v3); rescue Exception; end
begin
  def v4.m1()
    begin; v7 = [self, 16].max; rescue Exception; end
    76
  end
rescue Exception
end
begin
  v8 = lambda do |a0, a1|
    begin; 8.times { |i| v6[i] = [i] }; rescue Exception; end
    begin; K0 = 42; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v9 = v5.clone; rescue Exception; end
begin
  def m2(a0, a1)
    begin; C0.send(:remove_method, :m2); rescue Exception; end
    begin
      C0.send(:define_method, :m3) do
        a1
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; v4.singleton_class.send(:define_method, :m4, v3); rescue Exception; end
begin; v10 = :y5 == v4; rescue Exception; end
begin; C0.send(:alias_method, :m4, :">"); rescue Exception; end
begin
  class << v9
    begin; alias_method :m5, :m6; rescue Exception; end
  end
rescue Exception
end
begin; v11 = v8.call(); rescue Exception; end
begin; v12 = [v9, v3].uniq.size; rescue Exception; end
begin; v13 = K0.respond_to?(:m7); rescue Exception; end
begin; v14 = "abc" + nil; rescue Exception; end
begin
  C0.send(:define_method, :m2) do |k0: 1, **kws|
    begin; v15 = Struct.new(:f0, :f1); rescue Exception; end
    true
  end
rescue Exception
end
begin; v9.instance_eval("begin; v4.singleton_class.send(:remove_method, :m6); rescue Exception; end"); rescue Exception; end
begin
  class << v0
    begin; v16 = Struct.new(:f0); rescue Exception; end
    begin; alias m8 m9; rescue Exception; end
  end
rescue Exception
end
begin; v9.singleton_class.send(:alias_method, :m2, :tally); rescue Exception; end
