begin; v0 = :y4.respond_to?(:m0); rescue Exception; end
begin; v1 = 58; rescue Exception; end
begin
  class << v0
    begin; v2 = nil; rescue Exception; end
    begin; v3 = Object.new(); rescue Exception; end
    begin
      class Struct
        begin; alias_method :m1, :select; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v6 = v0.public_send(:m2, nil, "s8") do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v4 = [17.5].include?(rest); rescue Exception; end
    begin; v5 = k0.respond_to?(:m3, true); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v7 = Object.new(1); rescue Exception; end
begin; v7.instance_variable_set(:@i3, 0.5); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin
  String.class_eval do
    GC.start
  end
rescue Exception
end
begin
  v8 = Class.new(Array) do
    begin; v9 = [true, nil].sort; rescue Exception; end
    begin; alias_method :m4, :tap; rescue Exception; end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin
  v10 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v11 = v1.public_send(:ceildiv, v0, k0: 3); rescue Exception; end
    begin; C0.send(:alias_method, :m1, :select); rescue Exception; end
    95
  end
rescue Exception
end
begin; v12 = "s6".respond_to?(:m5); rescue Exception; end
begin
  begin
    begin
      class Struct
        begin; alias_method :m6, :select; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v13 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v14 = v12.m7(&v10); rescue Exception; end
begin; v8.send(:include, Comparable); rescue Exception; end
begin; Kernel.send(:alias_method, :m6, :tap); rescue Exception; end
begin
  Array.send(:define_method, :m2) do |k0: 1|
    begin; v15 = v7.send(:tap, self, v10); rescue Exception; end
    k0
  end
rescue Exception
end
begin; v16 = 81; rescue Exception; end
begin
  v17 = ->(a0, *rest) do
    v10
  end
rescue Exception
end
begin
  def m0(a0, *rest)
    begin; v18 = C0.instance_variable_get(:@k2); rescue Exception; end
    begin; v19 = 10.5; rescue Exception; end
    a0
  end
rescue Exception
end
