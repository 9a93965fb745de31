GC.start
begin
  v3 = "s6".send(:"`", 70, 4) do |a0, &blk|
    begin
      class C0
        begin
          module M1
            begin; p nil; rescue Exception; end
            begin; Integer.extend(M1); rescue Exception; end
            begin; v0 = C0.instance_variable_get(:@k2); rescue Exception; end
          end
        rescue Exception
        end
        begin; v1 = 15.5.respond_to?(:m0); rescue Exception; end
        begin; v2 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin
  -3.upto("s13", v3) do |a0, a1|
    begin; Kernel.send(:alias_method, :m0, :"`"); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v4 = C0.new(); rescue Exception; end
begin; v5 = C0.class_variable_get(:@@k0); rescue Exception; end
begin; C0.extend(Comparable); rescue Exception; end
begin; v6 = C0.instance_method(:flat_map); rescue Exception; end
begin
  v7 = Class.new(StandardError) do
    begin; alias_method :m1, :m2; rescue Exception; end
  end
rescue Exception
end
begin; v8 = v7.new(); rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m3, :m2); rescue Exception; end
begin
  class << v5
    begin; v9 = Object.new(); rescue Exception; end
    begin
      v10 = proc do |a0, a1|
        begin; v11 = C0.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :anybits?); rescue Exception; end
begin
  1.times do |i|
    begin; v12 = 17.5.respond_to?(:m4); rescue Exception; end
    begin; C2.send(:alias_method, :m5, :m3); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; v8.singleton_class.send(:remove_method, :anybits?); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v7.send(:alias_method, :m4, :flat_map); rescue Exception; end
    begin
      v13 = v8.send(:m6, v5, nil) do |a0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v14 = C2.instance_method(:m6); rescue Exception; end
begin; v15 = v3.respond_to?(:m6); rescue Exception; end
begin
  v7.singleton_class.send(:define_method, :m7) do |o0 = 0|
    begin; v7.singleton_class.send(:define_method, :m8, v6); rescue Exception; end
    GC.start
    o0
  end
rescue Exception
end
begin; v16 = v7.send(:m9, k0: true); rescue Exception; end
begin; C2.send(:prepend, M1); rescue Exception; end
begin; v17 = Object.new(); rescue Exception; end
begin
  class C3 < StandardError
    begin
      def m10()
        begin; C2.send(:remove_method, :m11); rescue Exception; end
        true
      end
    rescue Exception
    end
    begin; v18 = C0.instance_method(:flat_map); rescue Exception; end
    begin; p v18; rescue Exception; end
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m11, :"`"); rescue Exception; end
begin
  v20 = true.m4(k0: 2) do |k0: 1|
    begin; v19 = v7.new(); rescue Exception; end
    v16
  end
rescue Exception
end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; C3.send(:alias_method, :m7, :m9); rescue Exception; end
