begin
  def m0(a0, a1)
    begin; v0 = [a0, a1, nil]; rescue Exception; end
    begin; 8.times { |i| v0 << i.to_s }; rescue Exception; end
    :y4
  end
rescue Exception
end
begin; :y1.downcase(); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :chr); rescue Exception; end
begin; v1 = self.send(:m0, k0: :y5); rescue Exception; end
begin; M0.send(:remove_method, :chr); rescue Exception; end
begin
  83.remainder(1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v2 = {:k0 => self}; rescue Exception; end
    self
  end
rescue Exception
end
begin
  Numeric.send(:define_method, :m1) do |a0, a1|
    v1
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k0, v1); rescue Exception; end
begin
  v3 = proc do |a0, a1|
    begin; p v1; rescue Exception; end
    true
  end
rescue Exception
end
begin; v4 = Object.new(); rescue Exception; end
begin
  v5 = v4.chr(&v3) do |a0, a1|
    begin; Array.send(:alias_method, :m2, :min); rescue Exception; end
    v3
  end
rescue Exception
end
begin
  class String
    begin; alias m1 downcase; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  class << v5
    begin; alias m3 m0; rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin; K0 = true; rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin; Object.send(:alias_method, :m0, :min); rescue Exception; end
    begin
      3.times do |i|
        begin; v6 = (0..5); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v7 = proc do
    v1
  end
rescue Exception
end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; v8 = Object.instance_method(:m4); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m5, :downcase); rescue Exception; end
begin; Object.class_variable_set(:@@k1, 51); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m6, :chr); rescue Exception; end
