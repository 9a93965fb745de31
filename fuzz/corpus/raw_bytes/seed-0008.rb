begin; eval("begin; v0 = true; rescue Exception; end\nbegin; raise ArgumentError, \"x\"; rescue Exception; end"); rescue Exception; end
begin
  v1 = proc do |a0, *rest|
    rest
  end
rescue Exception
end
begin; v2 = []; rescue Exception; end
begin; v2.initialize_copy(v1, *v2, k0: 3); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
GC.start
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v3 = ->(k0: 1) do
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m0) do
    begin
      v2.singleton_class.send(:define_method, :m1) do |a0, a1|
        begin; v4 = v2.singleton_class; rescue Exception; end
        begin; v5 = []; rescue Exception; end
        v2
      end
    rescue Exception
    end
    88
  end
rescue Exception
end
begin; v6 = v2.singleton_class; rescue Exception; end
begin
  begin
    begin; v1.singleton_class.send(:undef_method, :m1); rescue Exception; end
  rescue => e
    begin; v7 = {:k0 => self, :k1 => v6}; rescue Exception; end
  ensure
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin
      class << v2
        begin
          v8 = proc do
            begin; v9 = 15.respond_to?(:m0); rescue Exception; end
            67
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6.freeze; rescue Exception; end
begin; v10 = self.method(:message); rescue Exception; end
begin; v11 = v1.to_proc; rescue Exception; end
begin
  v6.send(:define_method, :m1) do |a0, *rest, p0|
    begin
      v6.singleton_class.send(:define_method, :m1) do
        begin
          module M1
            begin; alias m1 bytes; rescue Exception; end
            begin; v12 = C0.new("s13"); rescue Exception; end
            begin; v13 = "s12".respond_to?(:m2); rescue Exception; end
          end
        rescue Exception
        end
        v1
      end
    rescue Exception
    end
    (4..6)
  end
rescue Exception
end
begin; C0.send(:define_method, :m2, v1); rescue Exception; end
begin; v14 = C0.new(15, *v2, k0: 3); rescue Exception; end
