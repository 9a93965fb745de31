begin; Range.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  v0 = ->(a0, *rest, p0) do
    begin; :y1.public_send(:inspect); rescue Exception; end
    true
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; Range.send(:alias_method, :m0, :m0); rescue Exception; end
begin; v1 = v0.method(:allbits?); rescue Exception; end
begin; v2 = v1.respond_to?(:m1); rescue Exception; end
begin
  def m0()
    GC.start
    begin; v3 = self.respond_to?(:m2); rescue Exception; end
    50
  end
rescue Exception
end
GC.start
begin; v4 = Numeric.instance_method(:delete); rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin
  v5 = Class.new(Array) do
    begin; C0.instance_variable_set(:@k0, (3..6)); rescue Exception; end
    begin; v6 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v5
    begin; C0.send(:alias_method, :m1, :allbits?); rescue Exception; end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  v5.public_send(:subclasses) do |a0, o0 = 0|
    begin; Hash.send(:alias_method, :m3, :allbits?); rescue Exception; end
    :y0
  end
rescue Exception
end
begin; v7 = (0..5); rescue Exception; end
begin; p (0..2); rescue Exception; end
begin; v8 = nil; rescue Exception; end
begin
  def v0.m2(a0, a1)
    begin; v9 = []; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v10 = :y0.respond_to?(:m4); rescue Exception; end
begin; v5.singleton_class.send(:remove_method, :m5); rescue Exception; end
begin
  class << v0
    begin; self.send(:include, Enumerable); rescue Exception; end
    begin; C0.send(:alias_method, :m6, :delete); rescue Exception; end
    begin; String.send(:alias_method, :m7, :m4); rescue Exception; end
  end
rescue Exception
end
begin
  class << v10
    begin; 300.times { |i| [i, i] }; rescue Exception; end
    begin
      74.public_send(:">", 30) do |a0, a1|
        begin; v11 = C0.new(); rescue Exception; end
        a1
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin; v12 = (0..0).respond_to?(:allbits?); rescue Exception; end
