begin; ($stash ||= []).concat(Array.new(11) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; M0.send(:remove_method, :m0); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  module M0
    begin; ($stash ||= []).concat(Array.new(6) { |j| proc { j } }); rescue Exception; end
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k2, true); rescue Exception; end
begin; v1 = self.send(:m0, 1); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(5) { |j| Object.new }); rescue Exception; end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; Range.send(:alias_method, :m1, :rstrip); rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin; Object.class_variable_set(:@@k1, v0); rescue Exception; end
begin
  class C1 < String
    begin; v2 = Struct.new(:f0, :f1); rescue Exception; end
  end
rescue Exception
end
begin; v3 = "abc" + 53; rescue Exception; end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v0.m1(); rescue Exception; end
begin
  v4 = ->(a0) do
    v3
  end
rescue Exception
end
begin; v5 = v4.singleton_class; rescue Exception; end
begin
  def v0.m2()
    14.5
  end
rescue Exception
end
begin; v4.instance_variable_set(:@i3, (3..5)); rescue Exception; end
begin; v6 = C1.instance_variable_get(:@k2); rescue Exception; end
GC.start
begin
  v7 = proc do |a0|
    a0
  end
rescue Exception
end
GC.start
