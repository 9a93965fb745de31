GC.start
begin
  v0 = Class.new(Array) do
    begin; v1 = {:k0 => 3.5}; rescue Exception; end
  end
rescue Exception
end
begin; v0.initialize(); rescue Exception; end
begin; v2 = v0.singleton_class; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  def m0()
    begin; v3 = "s10".method(:to_a); rescue Exception; end
    true
  end
rescue Exception
end
begin; v4 = C0.new(); rescue Exception; end
begin; v5 = [v0, (0..2)]; rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin
  v7 = Proc.new do |a0, o0 = 0, *rest, k0: 1, &blk|
    o0
  end
rescue Exception
end
GC.start
begin; v2.singleton_class.send(:alias_method, :m0, :to_a); rescue Exception; end
begin; v8 = v2.method(:to_a); rescue Exception; end
begin; C0.class_variable_set(:@@k2, 43); rescue Exception; end
begin; v9 = v4.instance_variable_get(:@i2); rescue Exception; end
begin
  v10 = v6.lstrip!(k0: (4..8)) do |a0, o0 = 0, *rest, k0: 1, &blk|
    o0
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m0, :lstrip!); rescue Exception; end
begin
  30.times do |i|
    begin
      v11 = ->() do
        begin; v12 = C0.new(i); rescue Exception; end
        begin; v4.m1(nil); rescue Exception; end
        i
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m2, :to_a); rescue Exception; end
begin; C0.class_variable_set(:@@k1, v5); rescue Exception; end
begin; v13 = v0.instance_variable_get(:@i3); rescue Exception; end
begin
  class << v4
    begin
      v14 = lambda do
        begin
          class Range
            begin; alias m3 to_a; rescue Exception; end
            begin; alias_method :m4, :to_a; rescue Exception; end
          end
        rescue Exception
        end
        "s16"
      end
    rescue Exception
    end
    begin
      v15 = proc do
        v14
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m5(o0 = 0)
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    begin; v16 = { nil => 1, 41 => 2 }[nil]; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  begin
    begin; 100.times { |i| { i => i } }; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class Range
        begin; alias m6 to_a; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v17 = Object.new(*v5); rescue Exception; end
begin; Object.extend(Enumerable); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; p nil; rescue Exception; end
begin; v18 = Object.new(v5); rescue Exception; end
begin; v19 = C0.instance_variable_get(:@k1); rescue Exception; end
