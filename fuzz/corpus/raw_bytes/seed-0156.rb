begin; ($stash ||= []).concat(Array.new(9) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; C0.send(:remove_method, :select); rescue Exception; end
begin; v0 = {}; rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
GC.start
begin; v1 = true.respond_to?(:m0); rescue Exception; end
begin; p v0; rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin; Object.class_eval("begin\n  def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end\n  def to_str; \"c\#{to_int}\"; end\n  def to_ary; [to_int, to_str]; end\n  def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end\n  def hash; to_int.hash; end\n  def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end\n  def ==(o); eql?(o); end\n  def coerce(o); [o, to_int]; end\nrescue Exception\nend"); rescue Exception; end
begin; v2 = v0.clone; rescue Exception; end
begin; v3 = Object.instance_method(:ceildiv); rescue Exception; end
begin; v4 = 75.respond_to?(:m1); rescue Exception; end
begin; v5 = (self..nil).include?(self); rescue Exception; end
begin; v2.freeze; rescue Exception; end
begin; v6 = [v5]; rescue Exception; end
begin; v1.send(:ceildiv); rescue Exception; end
begin; v2[nil] = 89; rescue Exception; end
begin; v7 = true; rescue Exception; end
begin; v8 = Integer(v7); rescue Exception; end
begin; v9 = [self, :y0].max; rescue Exception; end
begin; 30.times { |i| v0[i] = [i] }; rescue Exception; end
begin; Numeric.send(:alias_method, :m2, :select); rescue Exception; end
begin
  v10 = Class.new(Array) do
    begin; Object.send(:alias_method, :m3, :m4); rescue Exception; end
    begin; v11 = C0.new(); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  begin
    begin; 300.times { |i| [i, i] }; rescue Exception; end
  rescue => e
    begin; v12 = 27; rescue Exception; end
    begin; v13 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class Struct
    begin; alias_method :m5, :select; rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin; alias_method :m6, :select; rescue Exception; end
  end
rescue Exception
end
begin; v14 = v10.instance_method(:m1); rescue Exception; end
begin; v3.m7(k0: v2); rescue Exception; end
GC.start
