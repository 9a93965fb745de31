GC.start
begin
  v0 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      module M0
        begin; v1 = Object.new(9, k0: 3); rescue Exception; end
        begin
          v1.singleton_class.send(:define_method, :m0) do |a0|
            begin; M0.send(:undef_method, :">"); rescue Exception; end
            begin
              v1.singleton_class.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
                nil
              end
            rescue Exception
            end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
begin; v2 = Object.instance_variable_get(:@k0); rescue Exception; end
begin
  self.send(:"<", k0: 2) do |a0, *rest|
    begin; v0.singleton_class.send(:alias_method, :m0, :"[]="); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  Object.send(:define_method, :m0) do |o0 = 0|
    begin; v3 = v0 == self; rescue Exception; end
    begin; M0.send(:remove_method, :"[]="); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  v4 = ->(a0) do
    v2
  end
rescue Exception
end
GC.start
begin; Object.send(:alias_method, :m0, :"[]="); rescue Exception; end
begin; v5 = [25, 6].max; rescue Exception; end
begin; p (3..7); rescue Exception; end
begin; v6 = v2 == "s15"; rescue Exception; end
begin
  v6.m0(v2) do |a0, *rest, p0|
    a0
  end
rescue Exception
end
begin
  v0.instance_eval do
    begin; v0.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
  end
rescue Exception
end
begin
  v7 = self.m0(1) do |a0, *rest, p0|
    p0
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v2.public_send(:succ, k0: v6); rescue Exception; end
begin; v8 = v2.respond_to?(:m2, true); rescue Exception; end
begin; v9 = v0.dup; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  self.m3(v7, k0: 3) do |a0, &blk|
    begin; v10 = [v9, -1].sort; rescue Exception; end
    begin
      def v9.m4(o0 = 0)
        begin; Numeric.send(:alias_method, :m5, :succ); rescue Exception; end
        o0
      end
    rescue Exception
    end
    19
  end
rescue Exception
end
begin; v11 = [self, v0, nil]; rescue Exception; end
begin
  v12 = v9.call(&v0) do
    (3..7)
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m6, :"<"); rescue Exception; end
begin; K0 = v12; rescue Exception; end
