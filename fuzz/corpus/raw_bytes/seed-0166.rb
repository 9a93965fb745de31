begin; ($stash ||= []).concat(Array.new(5) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; v0 = self.respond_to?(:m0); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :nonzero?); rescue Exception; end
begin
  class << v0
    begin; Object.send(:alias_method, :m1, :nonzero?); rescue Exception; end
  end
rescue Exception
end
begin; v0.m2(v0); rescue Exception; end
begin; C0.send(:undef_method, :m1); rescue Exception; end
begin
  GC.start
  def hold1
    x = nil
    pr = proc { x }
    GC.start; GC.start; GC.start
    x = $stash.shift
    pr
  end
  h1 = hold1
rescue Exception
end
begin; v1 = 69; rescue Exception; end
begin
  v2 = Fiber.new do |x|
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin
  1.times do |i|
    begin
      class << v0
        begin; v3 = Object.new(); rescue Exception; end
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin; Object.send(:alias_method, :m3, :m4); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v4 = Class.new(Array) do
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; ($stash ||= []).concat(Array.new(8) { |j| Object.new }); rescue Exception; end
begin; C0.instance_variable_set(:@k2, 4.5); rescue Exception; end
begin; C0.instance_variable_set(:@k2, v0); rescue Exception; end
GC.start
begin
  self.m5(v2, v1) do |a0, a1|
    a1
  end
rescue Exception
end
GC.start
