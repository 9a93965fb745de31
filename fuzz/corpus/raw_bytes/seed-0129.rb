begin; Hash.send(:alias_method, :m0, :reduce); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; Enumerable.send(:alias_method, :m1, :reduce); rescue Exception; end
begin; v1 = "s5".respond_to?(:filter, true); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m1) do |k0: 1, **kws|
    v0
  end
rescue Exception
end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  def m2(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v2 = Object.new(84); rescue Exception; end
    begin; Numeric.send(:alias_method, :m2, :filter); rescue Exception; end
    rest
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  Numeric.class_eval do
    GC.start
    begin
      v3 = Proc.new do |a0|
        begin; v4 = {:k0 => v0, :k1 => v0}; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m3, :filter); rescue Exception; end
begin; v5 = [v0].include?(true); rescue Exception; end
begin
  def m4(a0, a1)
    begin; v6 = Object.new(); rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v5
    begin; v8 = 98.respond_to?(:reduce, true); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v9 = v0.method(:m3); rescue Exception; end
