GC.start
begin; Hash.send(:alias_method, :m0, :"*"); rescue Exception; end
begin
  class C0 < String
    begin
      3.times do |i|
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v0 = C0.new(0, self); rescue Exception; end
    begin; v1 = C0.new(); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v2 = []; rescue Exception; end
begin
  3.times do |i|
    begin; v3 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v5 = v2.m1(v2) do
    begin; v4 = v2.method(:"*"); rescue Exception; end
    true
  end
rescue Exception
end
begin; v2.intersect?(); rescue Exception; end
begin; 100.times { |i| v2 << i.to_s }; rescue Exception; end
begin
  v6 = lambda do |a0, *rest|
    begin; p v2; rescue Exception; end
    rest
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m2, :to_c); rescue Exception; end
begin; v7 = self.public_send(:m3, *v2); rescue Exception; end
begin
  v8 = Fiber.new do |x|
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin
  module M1
    begin; v9 = [nil]; rescue Exception; end
    begin; v10 = self.m4(); rescue Exception; end
    begin; alias_method :m0, :m4; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :m5); rescue Exception; end
begin; C0.send(:prepend, M1); rescue Exception; end
begin
  def v2.m6(a0)
    8.5
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin
  v2.public_send(:to_c, v7) do |k0: 1|
    begin
      class << v6
        begin
          Hash.send(:define_method, :m3) do |k0: 1|
            begin; 10.times { |i| { i => i } }; rescue Exception; end
            begin; v11 = :y1; rescue Exception; end
            k0
          end
        rescue Exception
        end
        begin
          def self.m7()
            8.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
