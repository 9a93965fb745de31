GC.start
begin; v0 = 29.respond_to?(:m0); rescue Exception; end
begin; C0.send(:undef_method, :to_h); rescue Exception; end
begin; v1 = [true]; rescue Exception; end
begin
  begin
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v3 = :y3.send(:to_s, *v1) do |a0, a1|
        begin; Integer.send(:alias_method, :m0, :to_s); rescue Exception; end
        begin
          v2 = Class.new(Array) do
            begin; C0.send(:alias_method, :m1, :to_s); rescue Exception; end
          end
        rescue Exception
        end
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; Array.send(:alias_method, :m2, :to_s); rescue Exception; end
begin; v4 = v1.method(:to_s); rescue Exception; end
begin; v5 = C0.new(v4, v1); rescue Exception; end
begin; p v0; rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin; K1 = (0..5); rescue Exception; end
begin; v7 = v6.clone; rescue Exception; end
begin; C0.class_variable_set(:@@k1, self); rescue Exception; end
begin; 8.times { |i| v5.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v8 = self.m2(true, v4); rescue Exception; end
begin
  v9 = Class.new(Object) do
    begin; p self; rescue Exception; end
    begin; v10 = C1.new(k0: K1); rescue Exception; end
    begin
      Object.send(:define_method, :m3) do |a0, &blk|
        a0
      end
    rescue Exception
    end
    begin; raise TypeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v11 = "s10".send(:to_sym, K0, "s3"); rescue Exception; end
begin; v9.send(:undef_method, :to_s); rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin
  v12 = Class.new(Array) do
    begin
      v13 = lambda do |k0: 1|
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = v9.new(); rescue Exception; end
begin
  v9.instance_eval do
    begin; v15 = [v7, v14, v12]; rescue Exception; end
    begin
      v16 = lambda do |a0|
        begin
          class C3
            begin; v17 = C1.new(:y4); rescue Exception; end
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
begin
  class << v6
    begin; v18 = C2.class_variable_get(:@@k0); rescue Exception; end
  end
rescue Exception
end
begin; v19 = C1.new(*v1); rescue Exception; end
begin; C1.class_variable_set(:@@k2, v14); rescue Exception; end
begin; v20 = v4.respond_to?(:m4); rescue Exception; end
begin
  def v14.m5(a0, &blk)
    2.5
  end
rescue Exception
end
begin; C2.send(:undef_method, :m4); rescue Exception; end
