begin; p (3..5); rescue Exception; end
begin; Array.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  class C0 < Numeric
    begin; alias m2 anybits?; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  def m3(a0)
    begin; v0 = 13.5.respond_to?(:m4); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v1 = :y4; rescue Exception; end
begin
  v2 = Class.new(C0) do
    begin; v3 = :y1; rescue Exception; end
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
begin
  v1.send(:"<=>", 1) do |k0: 1|
    k0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v4 = (4..9); rescue Exception; end
    begin
      r1 = 0
      begin
        begin; v5 = {:k0 => v4}; rescue Exception; end
        begin; v5.instance_eval("begin\n  def method_missing(name, *args, &blk)\n    if name.to_s.start_with?(\"dyn0\")\n      [name, args.size, blk]\n    else\n      super\n    end\n  end\n  def respond_to_missing?(name, priv = false)\n    name.to_s.start_with?(\"dyn0\") || super\n  end\nrescue Exception\nend"); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          def m7()
            GC.start
            begin; v6 = [8.5, 15.5, (3..3)]; rescue Exception; end
            72
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      ensure
        begin; C2.send(:alias_method, :m8, :m9); rescue Exception; end
      end
    rescue Exception
    end
    begin; v7 = []; rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:remove_method, :m10); rescue Exception; end
begin
  v8 = ->(a0, &blk) do
    begin
      class << v2
        begin
          v9 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
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
            :y4
          end
        rescue Exception
        end
        begin; alias m11 message; rescue Exception; end
        begin; v9.singleton_class.send(:remove_method, :message); rescue Exception; end
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v2.instance_variable_set(:@i0, 71); rescue Exception; end
begin
  v10 = Proc.new do |k0: 1|
    -0.5
  end
rescue Exception
end
begin
  v11 = proc do |a0, a1|
    begin
      v12 = lambda do |a0, a1|
        begin
          10.times do |i|
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    nil
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m10, :m11); rescue Exception; end
