begin; ($stash ||= []).concat(Array.new(10) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin
  def m0(a0)
    begin
      String.send(:define_method, :m1) do |a0|
        begin; v0 = nil; rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin; raise RuntimeError, "x"; rescue Exception; end
    "s13"
  end
rescue Exception
end
begin; Range.send(:alias_method, :m2, :m3); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(3) { |j| [j, "a#{j}"] }); rescue Exception; end
begin
  module M0
    begin
      v1 = nil.m3("s9") do |a0, &blk|
        nil
      end
    rescue Exception
    end
    begin; 50.times { |i| Object.new }; rescue Exception; end
    begin; Array.send(:alias_method, :m4, :each_key); rescue Exception; end
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m3) do |o0 = 0|
    begin; v2 = Object.new(true); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v3 = Object.new(true, "s13"); rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; p self; rescue Exception; end
begin
  def v3.m5()
    begin; v5 = nil; rescue Exception; end
    16.5
  end
rescue Exception
end
begin
  v4.m5() do |a0, a1|
    begin; K0 = K0; rescue Exception; end
    a1
  end
rescue Exception
end
begin; v6 = Object.new(); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
begin; v7 = v6.respond_to?(:m6); rescue Exception; end
begin
  v8 = proc do |a0, a1|
    begin; v9 = 16.5.send(:m2, k0: 2); rescue Exception; end
    v7
  end
rescue Exception
end
begin
  30.times do |i|
    begin; v3.freeze; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| { i => i } }; rescue Exception; end
GC.start
