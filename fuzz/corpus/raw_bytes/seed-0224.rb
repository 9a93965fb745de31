GC.start
begin
  def m0(a0)
    begin
      String.send(:define_method, :m0) do |a0, a1|
        begin
          Range.send(:define_method, :m1) do |a0|
            begin; C0.send(:undef_method, :m0); rescue Exception; end
            a1
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin
      v0 = Fiber.new do |x|
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
    (0..3)
  end
rescue Exception
end
begin
  class C0 < String
    begin; v1 = Object.new(nil, k0: 3); rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
    begin
      v2 = Proc.new do
        begin
          begin
            begin; v3 = [nil]; rescue Exception; end
          rescue => e
            begin; v4 = (0..1); rescue Exception; end
          end
        rescue Exception
        end
        11.5
      end
    rescue Exception
    end
    begin
      def m2(o0 = 0)
        "s19"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v5 = proc do
    :y1
  end
rescue Exception
end
begin
  Array.class_eval do
    begin; Enumerable.send(:alias_method, :m0, :entries); rescue Exception; end
  end
rescue Exception
end
begin; v6 = ["s12"]; rescue Exception; end
begin; C0.send(:define_method, :m3, v5); rescue Exception; end
begin; v6 << v6; rescue Exception; end
begin; v7 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class << v6
    begin; C0.send(:alias_method, :m2, :entries); rescue Exception; end
    GC.start
    begin
      v8 = ->(a0) do
        begin; 54.send(:"<=", 12.5, nil); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 30.times { |i| v6 << i.to_s }; rescue Exception; end
begin; v9 = v5.call(&v5); rescue Exception; end
GC.start
