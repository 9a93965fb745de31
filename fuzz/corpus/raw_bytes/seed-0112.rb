GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  def v0.m0(a0, a1)
    (4..8)
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v1 = :upcase; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :m0); rescue Exception; end
begin
  v2 = Class.new(Hash) do
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
  end
rescue Exception
end
begin; v3 = [v2, v0]; rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  def m3(a0)
    nil
  end
rescue Exception
end
begin
  class << v3
    begin
      def m4(a0, o0 = 0)
        begin
          C0.send(:define_method, :m5) do |a0, &blk|
            blk
          end
        rescue Exception
        end
        begin
          10.times do |i|
            begin; v4 = true; rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v5 = :y3; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m6, :ljust); rescue Exception; end
begin
  v6 = Class.new(Object) do
    begin
      def m7(k0: 1, **kws)
        k0
      end
    rescue Exception
    end
    begin; Comparable.send(:alias_method, :m1, :">="); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m8, :">="); rescue Exception; end
begin; v7 = v1.empty?(v0); rescue Exception; end
begin; v3 << v3; rescue Exception; end
