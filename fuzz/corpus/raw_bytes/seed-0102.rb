begin; v0 = (1..5); rescue Exception; end
begin; v0.send(:"===", k0: 2); rescue Exception; end
begin
  Numeric.send(:define_method, :m0) do
    begin
      3.times do |i|
        begin; v1 = Object.new(k0: (3..4)); rescue Exception; end
        begin; v1.singleton_class.send(:alias_method, :m0, :m0); rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  Object.send(:define_method, :m1) do
    begin
      class C0
        begin
          class C1
            begin; v2 = {:k0 => 81, :k1 => 14.5}; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    78
  end
rescue Exception
end
begin; v3 = C0.new(v0, v0); rescue Exception; end
begin
  v3.singleton_class.send(:define_method, :m2) do |a0, a1|
    begin; v4 = {:k0 => v0, :k1 => self}; rescue Exception; end
    begin
      v5 = proc do |a0|
        begin; v6 = a1.method(:keep_if); rescue Exception; end
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v7 = []; rescue Exception; end
begin; 8.times { |i| v7 << i.to_s }; rescue Exception; end
begin; v8 = C1.new(k0: 2); rescue Exception; end
begin
  class << v3
    begin
      def m3(a0, *rest)
        begin; v9 = C0.class_variable_get(:@@k2); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin; v10 = Object.new((1..5)); rescue Exception; end
    begin; v11 = v10.clone; rescue Exception; end
  end
rescue Exception
end
begin; v12 = C0.new(); rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; v3.freeze; rescue Exception; end
begin; C0.send(:alias_method, :m0, :min); rescue Exception; end
begin; C0.send(:alias_method, :m1, :"-@"); rescue Exception; end
begin; v12.singleton_class.send(:undef_method, :"-@"); rescue Exception; end
begin; v13 = v3 == v3; rescue Exception; end
begin
  class C2 < C1
    begin; v14 = []; rescue Exception; end
    begin
      class C3 < C1
        begin; alias_method :m3, :"-@"; rescue Exception; end
        begin; v15 = -3; rescue Exception; end
        begin; alias_method :m4, :m4; rescue Exception; end
        begin; C3.send(:alias_method, :m2, :keep_if); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m5(a0, a1)
        GC.start
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v16 = true.respond_to?(:m6); rescue Exception; end
begin; v17 = C0.new(v3); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; v18 = v8.respond_to?(:m6); rescue Exception; end
begin; C0.send(:alias_method, :m3, :"-@"); rescue Exception; end
begin; v17.send(:m4, v13, self); rescue Exception; end
begin; p "s13"; rescue Exception; end
