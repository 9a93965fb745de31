GC.start
begin; Integer.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin; p 16.5; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  begin
    begin
      class << v0
        begin; v1 = 23; rescue Exception; end
        begin; v2 = Object.new(); rescue Exception; end
        begin; 50.times { |i| [i, i] }; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin
      v3 = lambda do |a0, *rest|
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m0) do
    begin; Array.send(:alias_method, :m0, :minmax); rescue Exception; end
    begin
      Hash.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
        a0
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  5.times do |i|
    begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin; v4 = (3..7); rescue Exception; end
begin; Object.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v5 = Hash.instance_method(:minmax); rescue Exception; end
begin
  def v0.m3(a0)
    begin; (4..5).m4(1); rescue Exception; end
    nil
  end
rescue Exception
end
GC.start
begin; v6 = v5.bind(v0); rescue Exception; end
begin; Integer.extend(Comparable); rescue Exception; end
begin; p v6; rescue Exception; end
begin; v0.instance_variable_set(:@i2, v5); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m3, :each_pair); rescue Exception; end
begin; C0.send(:remove_method, :m5); rescue Exception; end
begin
  class C0
    begin; alias_method :m6, :m5; rescue Exception; end
    begin; v7 = C0.new(); rescue Exception; end
    begin; v8 = v7.singleton_class; rescue Exception; end
    begin; v9 = {:k0 => v8, :k1 => v8}; rescue Exception; end
  end
rescue Exception
end
begin
  v10 = ->() do
    v4
  end
rescue Exception
end
begin; String.send(:alias_method, :m0, :members); rescue Exception; end
begin
  self.send(:m5, k0: 2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v11 = proc do
        begin; v0.extend(Enumerable); rescue Exception; end
        begin; v12 = C0.new(); rescue Exception; end
        blk
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin
  class C1 < Array
    begin; v13 = {:k0 => 19, :k1 => "s2"}; rescue Exception; end
    begin
      class << v13
        begin; v14 = Object.new(:y2); rescue Exception; end
        begin; K0 = v14; rescue Exception; end
        begin; v15 = v14.method(:m7); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v16 = v0.singleton_class; rescue Exception; end
begin
  v5.public_send(:m8, K0) do |a0, *rest|
    begin; v0.singleton_class.send(:alias_method, :m9, :m10); rescue Exception; end
    v6
  end
rescue Exception
end
begin
  v17 = lambda do |a0, &blk|
    begin; v18 = Object.new(); rescue Exception; end
    begin
      10.times do |i|
        begin; K1 = nil; rescue Exception; end
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
