GC.start
begin; String.send(:alias_method, :m0, :clamp); rescue Exception; end
begin; v0 = -1.5.send(:m1, nil); rescue Exception; end
begin
  v1 = lambda do |k0: 1, **kws|
    begin; v2 = self.public_send(:instance_variable_defined?, v0, v0); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  Range.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    k0
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m3, :m3); rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; Array.send(:alias_method, :m4, :m0); rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin
  v6 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    v1
  end
rescue Exception
end
begin; v7 = Object.class_variable_get(:@@k2); rescue Exception; end
begin
  v5.singleton_class.send(:define_method, :m0) do
    begin; v8 = [v7, v5, v1]; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  v6.call(1) do |a0|
    begin; eval(""); rescue Exception; end
    v6
  end
rescue Exception
end
begin
  v9 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    blk
  end
rescue Exception
end
begin
  begin
    begin
      r1001 = 0
      begin
        begin; v3.singleton_class.send(:alias_method, :m5, :clamp); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v10 = [v1, v7]; rescue Exception; end
        begin
          v10.singleton_class.send(:define_method, :m6) do |a0, o0 = 0|
            e
          end
        rescue Exception
        end
        r1001 += 1
        retry if r1001 < 2
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v4.freeze; rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin
      class C0 < String
        begin; v11 = [self]; rescue Exception; end
        begin; v11.singleton_class.send(:remove_method, :m7); rescue Exception; end
        begin; C0.send(:prepend, Enumerable); rescue Exception; end
        begin; v12 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v13 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C1.instance_variable_set(:@k1, 18.5); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| proc { i } }; rescue Exception; end
