GC.start
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin; Object.instance_variable_set(:@k1, nil); rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :extend); rescue Exception; end
begin; v0 = [84, 4.5]; rescue Exception; end
begin; Object.instance_variable_set(:@k1, v0); rescue Exception; end
begin; v1 = {:k0 => (0..5), :k1 => 57}; rescue Exception; end
begin; 100.times { |i| v1[i] = [i] }; rescue Exception; end
begin; v1.singleton_class.send(:undef_method, :m2); rescue Exception; end
begin; v1.transform_keys(k0: (2..3)); rescue Exception; end
begin; Object.class_variable_set(:@@k2, v0); rescue Exception; end
begin; v2 = nil; rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m3) do
    v2
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin; Object.instance_variable_set(:@k0, v1); rescue Exception; end
begin
  v4 = ->(a0, *rest) do
    a0
  end
rescue Exception
end
begin
  class << v1
    begin; Hash.send(:alias_method, :m0, :gsub); rescue Exception; end
    begin; v5 = [[16.5], ["s12"]].flatten; rescue Exception; end
    begin
      class << v5
        begin; v6 = [self].include?(true); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v4
    begin; eval("begin; v7 = Integer(nil); rescue Exception; end"); rescue Exception; end
    begin; alias m1 gsub; rescue Exception; end
  end
rescue Exception
end
begin; p 15.5; rescue Exception; end
begin; v8 = v3.send(:m4, "s17"); rescue Exception; end
begin
  def v1.m3(a0, *rest, p0)
    p0
  end
rescue Exception
end
begin; v9 = Float(v8); rescue Exception; end
begin
  2.times do |i|
    begin; Object.instance_variable_set(:@k0, i); rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin; alias_method :m5, :gsub; rescue Exception; end
  end
rescue Exception
end
begin
  v10 = Proc.new do |o0 = 0|
    o0
  end
rescue Exception
end
begin; Hash.send(:define_method, :m6, v4); rescue Exception; end
begin; v11 = Numeric.instance_method(:m7); rescue Exception; end
begin
  def v0.m3(a0, o0 = 0)
    begin
      Array.send(:define_method, :m4) do
        begin; eval("begin; Object.const_set(:K0, true); rescue Exception; end"); rescue Exception; end
        begin; v12 = Object.new(); rescue Exception; end
        13.5
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  begin
    begin; v1.singleton_class.send(:undef_method, :m5); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v13 = Object.new(); rescue Exception; end
    begin
      v2.send(:"==", *v0) do
        begin
          r2001 = 0
          begin
            begin; v14 = v11.bind(v2); rescue Exception; end
            begin; v15 = 52; rescue Exception; end
          rescue => e
            begin; 50.times { |i| { i => i } }; rescue Exception; end
            r2001 += 1
            retry if r2001 < 2
          ensure
            begin; (2..5).m8(v10); rescue Exception; end
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
