begin; ($stash ||= []).concat(Array.new(6) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; 10.5.send(:round, k0: true); rescue Exception; end
begin
  class Exception
    begin; alias m0 message; rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(1); rescue Exception; end
begin
  1.times do |i|
    begin; v1 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; p "s1"; rescue Exception; end
    begin
      10.times do |i|
      end
    rescue Exception
    end
    begin; M0.send(:remove_method, :m1); rescue Exception; end
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k2, v0); rescue Exception; end
begin; v0.extend(Enumerable); rescue Exception; end
begin
  v2 = proc do |a0|
    begin; v0.m2(v0); rescue Exception; end
    begin; Object.send(:prepend, Enumerable); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  module M0
    begin; 10.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; v3 = Struct.new(:f0, :f1); rescue Exception; end
begin
  module M1
    begin; Object.instance_variable_set(:@k2, (0..1)); rescue Exception; end
  end
rescue Exception
end
begin
  def v0.m3(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      Numeric.send(:define_method, :m4) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; Object.const_set(:K0, K0); rescue Exception; end
        blk
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  v4 = proc do |a0, &blk|
    nil
  end
rescue Exception
end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v5 = "s16" == 30; rescue Exception; end
begin; v6 = v3.singleton_class; rescue Exception; end
begin; v7 = [self, "s14"]; rescue Exception; end
begin
  def v2.m5(a0, a1)
    begin; v8 = Array.instance_method(:m1); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
