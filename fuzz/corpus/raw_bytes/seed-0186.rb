begin
  Integer.send(:define_method, :m0) do
    begin; raise TypeError, "x"; rescue Exception; end
    begin; v0 = 16.5; rescue Exception; end
    4.5
  end
rescue Exception
end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin
  v1 = proc do |a0, &blk|
    a0
  end
rescue Exception
end
begin
  v2 = lambda do |a0, o0 = 0|
    o0
  end
rescue Exception
end
begin; v3 = Object.class_variable_get(:@@k1); rescue Exception; end
begin; v4 = true.respond_to?(:m0); rescue Exception; end
begin; v5 = v4.respond_to?(:m0); rescue Exception; end
begin; v6 = Struct.new(:f0, :f1); rescue Exception; end
begin; v7 = v5.m0(k0: 2); rescue Exception; end
begin; K0 = v6; rescue Exception; end
GC.start
begin
  2.times do |i|
  end
rescue Exception
end
begin; v8 = {:k0 => true, :k1 => v7}; rescue Exception; end
begin
  class << v2
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
    begin
      def self.m1(k0: 1)
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6.send(:alias_method, :m1, :flatten); rescue Exception; end
