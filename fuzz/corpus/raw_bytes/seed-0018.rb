begin; ($stash ||= []).concat(Array.new(11) { |j| proc { j } }); rescue Exception; end
GC.start
begin
  def m0()
    (0..4)
  end
rescue Exception
end
begin; v0 = [64, true]; rescue Exception; end
begin
  Object.send(:define_method, :m1) do |a0|
    v0
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m0, :message; rescue Exception; end
  end
rescue Exception
end
begin; ($stash ||= []).concat(Array.new(5) { |j| [j, "a#{j}"] }); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v0 << v0; rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  v0.instance_eval do
  end
rescue Exception
end
begin; v1 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v2 = String(v0); rescue Exception; end
begin; v3 = v1.new(); rescue Exception; end
begin; v4 = v1.new(); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m0, :drop_while); rescue Exception; end
begin
  def v4.m0(a0, a1)
    a1
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m1, :message; rescue Exception; end
  end
rescue Exception
end
begin
  v1.method(:m0).call(:y4) do |a0, a1|
    v1
  end
rescue Exception
end
begin
  self.m2(v0, nil) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v5 = (2..6); rescue Exception; end
    begin; v0.pack(true, *v0, k0: 3); rescue Exception; end
    v0
  end
rescue Exception
end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  v6 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    self
  end
rescue Exception
end
begin; v7 = Struct.new(:f0, :f1); rescue Exception; end
begin; v8 = self.one?(k0: 2); rescue Exception; end
GC.start
