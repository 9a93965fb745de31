GC.start
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin
  def m0(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      def m1(a0, o0 = 0)
        begin; Array.send(:alias_method, :m0, :m0); rescue Exception; end
        o0
      end
    rescue Exception
    end
    nil
  end
rescue Exception
end
begin; v0 = 3.5.method(:m0); rescue Exception; end
begin; v1 = Object.new("s3"); rescue Exception; end
begin
  class << v1
    begin
      Range.send(:define_method, :m2) do |o0 = 0|
        begin; v2 = Object.new(); rescue Exception; end
        true
      end
    rescue Exception
    end
    begin; self.send(:include, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = 55; rescue Exception; end
begin; v1.instance_variable_set(:@i3, v4); rescue Exception; end
begin
  class << v0
    begin; Numeric.send(:alias_method, :m1, :m2); rescue Exception; end
    begin
      def self.m3()
        begin; v5 = 11.5.respond_to?(:m4); rescue Exception; end
        :y0
      end
    rescue Exception
    end
    begin; alias m5 bsearch_index; rescue Exception; end
  end
rescue Exception
end
begin
  class Array
    begin; alias_method :m0, :bsearch_index; rescue Exception; end
  end
rescue Exception
end
begin; v6 = v3.singleton_class; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v7 = C0.new(1); rescue Exception; end
    begin; v8 = []; rescue Exception; end
  end
rescue Exception
end
begin; v9 = {:k0 => v1}; rescue Exception; end
begin; v3.singleton_class.send(:define_method, :m6, v0); rescue Exception; end
begin; C0.send(:define_method, :m7, v0); rescue Exception; end
begin
  begin
    begin; v10 = C0.new(**v9); rescue Exception; end
    begin
      v11 = proc do
        "s15"
      end
    rescue Exception
    end
  rescue => e
  end
rescue Exception
end
GC.start
begin; v6.instance_variable_set(:@i1, nil); rescue Exception; end
begin
  v12 = Class.new(C0) do
    begin; alias_method :m5, :bsearch_index; rescue Exception; end
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
    begin; C1.send(:alias_method, :m8, :ceildiv); rescue Exception; end
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
begin; v13 = v12.instance_method(:bsearch_index); rescue Exception; end
begin; p "s9"; rescue Exception; end
begin
  class Struct
    begin; alias m0 each; rescue Exception; end
    begin; alias_method :m9, :each; rescue Exception; end
  end
rescue Exception
end
begin
  v12.instance_eval do
    begin
      v14 = Fiber.new do |x|
        Fiber.yield(x)
        :y3
      end
    rescue Exception
    end
    begin
      v6.instance_eval do
        begin; v15 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v16 = v12.clone; rescue Exception; end
begin
  v17 = v4.send(:"-", 1) do |a0, &blk|
    v12
  end
rescue Exception
end
begin
  class C2
    begin; v18 = C0.new(); rescue Exception; end
  end
rescue Exception
end
GC.start
GC.start
