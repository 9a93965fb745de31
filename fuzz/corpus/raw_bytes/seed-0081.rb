GC.start
begin; v0 = Float((3..7)); rescue Exception; end
begin
  Numeric.send(:define_method, :m0) do
    begin; Object.class_variable_set(:@@k2, v0); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  10.times do |i|
    begin
      class << v0
        begin; v1 = ["s15", 42, nil]; rescue Exception; end
        begin
          v1.singleton_class.send(:define_method, :m1) do |a0, *rest|
            begin; 100.times { |i| { i => i } }; rescue Exception; end
            rest
          end
        rescue Exception
        end
        begin; v2 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  2.times do |i|
  end
rescue Exception
end
begin
  v3 = v0.send(:backtrace) do
    v0
  end
rescue Exception
end
begin
  class << v3
    begin
      class C0
        begin
          v4 = proc do |o0 = 0|
            nil
          end
        rescue Exception
        end
        begin; alias m2 backtrace; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3.reject!(v0, self); rescue Exception; end
begin; v5 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v6 = C0.new(v3); rescue Exception; end
begin; C0.instance_variable_set(:@k2, v3); rescue Exception; end
begin; v6.freeze; rescue Exception; end
begin; v7 = {:k0 => self, :k1 => 2.5}; rescue Exception; end
begin
  class << v6
    GC.start
  end
rescue Exception
end
begin; v8 = v5.new(); rescue Exception; end
begin
  class << v6
    begin; v9 = Object.new(nil, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; v10 = v8.method(:m3); rescue Exception; end
begin
  def m4(a0, &blk)
    a0
  end
rescue Exception
end
begin; v11 = v6.dup; rescue Exception; end
