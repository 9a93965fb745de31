begin; Comparable.send(:alias_method, :m0, :"=="); rescue Exception; end
begin; v0 = 97; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = [v0, self].max; rescue Exception; end
begin
  class << v1
    begin; v3 = "abc" + nil; rescue Exception; end
    begin
      def m0(a0, a1)
        "s17"
      end
    rescue Exception
    end
    begin; alias m1 m0; rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin; Hash.extend(M0); rescue Exception; end
    begin; v4 = Object.new(13.5); rescue Exception; end
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
begin; v5 = [v2].include?(:y5); rescue Exception; end
begin; v1.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin; v6 = v5.public_send(:m0, v2, v1); rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin
  v7 = Class.new(Object) do
    begin; C1.send(:prepend, M0); rescue Exception; end
  end
rescue Exception
end
begin
  v8 = proc do |a0, *rest, p0|
    begin; v1.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
    begin
      v9 = (0..0).overlap?(k0: 2) do |a0|
        a0
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin; v10 = v5.m0(); rescue Exception; end
begin; v11 = 12.5.respond_to?(:m3, true); rescue Exception; end
begin; v12 = v7.instance_method(:to_h); rescue Exception; end
begin
  def m4(o0 = 0)
    o0
  end
rescue Exception
end
begin; v7.singleton_class.send(:alias_method, :m4, :to_h); rescue Exception; end
begin; v13 = v8.singleton_class; rescue Exception; end
begin; v14 = v8.to_proc; rescue Exception; end
begin; v14.singleton_class.send(:alias_method, :m5, :m0); rescue Exception; end
begin
  v15 = ->(a0, *rest) do
    begin; v16 = Float(v12); rescue Exception; end
    v6
  end
rescue Exception
end
begin
  module M2
    begin; v17 = Object.new("s7"); rescue Exception; end
  end
rescue Exception
end
begin
  class << v13
    begin
      C1.send(:define_method, :m5) do
        begin; v18 = self.to_h(1); rescue Exception; end
        -3
      end
    rescue Exception
    end
    begin; K0 = :y4; rescue Exception; end
    begin; C1.send(:alias_method, :m5, :"=="); rescue Exception; end
  end
rescue Exception
end
