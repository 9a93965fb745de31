begin
  v0 = Fiber.new do |x|
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin; v1 = [v0, v0, v0]; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin
  2.times do |i|
    begin; v2 = self.m0(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin
  v1.singleton_class.send(:define_method, :m1) do
    v0
  end
rescue Exception
end
begin
  v1.singleton_class.send(:define_method, :m2) do |a0, &blk|
    begin; v3 = v1.send(:first, v0); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v4 = Object.new(); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; Array.send(:alias_method, :m3, :m0); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
GC.start
begin; v1.singleton_class.send(:undef_method, :each_slice); rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; v5 = nil; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m1, :m4); rescue Exception; end
begin
  v4.singleton_class.send(:define_method, :m5) do
    begin
      class C0
        begin
          module M1
            GC.start
          end
        rescue Exception
        end
        begin; v6 = []; rescue Exception; end
        begin; C0.send(:remove_method, :m6); rescue Exception; end
      end
    rescue Exception
    end
    "s1"
  end
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m7, :m8); rescue Exception; end
begin
  v4.singleton_class.send(:define_method, :m9) do |k0: 1|
    k0
  end
rescue Exception
end
begin
  def m10(k0: 1, **kws)
    kws
  end
rescue Exception
end
begin; v7 = C0.new(:y3); rescue Exception; end
begin
  module M2
    begin; v8 = Range.instance_method(:each_slice); rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
    begin
      2.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m1, :each_slice); rescue Exception; end
begin; C0.send(:alias_method, :m10, :each_slice); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; v9 = {:k0 => 18.5, :k1 => 0.5}; rescue Exception; end
begin
  v7.instance_eval do
    begin; v10 = {:k0 => v5}; rescue Exception; end
  end
rescue Exception
end
