begin; ($stash ||= []).concat(Array.new(5) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; eval("begin\n  class << v0\n    begin\n      def method_missing(name, *args, &blk)\n        if name.to_s.start_with?(\"dyn0\")\n          [name, args.size, blk]\n        else\n          super\n        end\n      end\n      def respond_to_missing?(name, priv = false)\n        name.to_s.start_with?(\"dyn0\") || super\n      end\n    rescue Exception\n    end\n    begin; alias_method :m0, :\"-@\"; rescue Exception; end\n    begin; ($stash ||= []).concat(Array.new(2) { |j| \"p\#{j}\" * 3 }); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  begin
    GC.start
  rescue => e
  end
rescue Exception
end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v1 = v0.method(:m0); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin
  class Array
    begin; alias_method :m1, :insert; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin
  v2 = Class.new(StandardError) do
    begin
      v3 = Proc.new do |a0|
        begin; v4 = Object.new(); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin
      class Hash
        begin; alias_method :m0, :">"; rescue Exception; end
        begin; alias_method :m2, :">"; rescue Exception; end
      end
    rescue Exception
    end
    begin; 100.times { |i| Object.new }; rescue Exception; end
    begin; Array.send(:alias_method, :m1, :m2); rescue Exception; end
  end
rescue Exception
end
begin; v5 = Array(true); rescue Exception; end
begin
  v6 = proc do |a0, a1|
    begin
      class << v0
        begin; alias m2 :"-@"; rescue Exception; end
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; v7 = v2.new(&v1); rescue Exception; end
begin
  v8 = ->(a0) do
    begin
      1.times do |i|
        begin
          v6.call() do |k0: 1|
            begin; v9 = Object.new(); rescue Exception; end
            begin; v9.singleton_class.send(:define_method, :m1, v6); rescue Exception; end
            k0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k2, "s2"); rescue Exception; end
begin; p v7; rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m0); rescue Exception; end
begin; v2.send(:include, Comparable); rescue Exception; end
