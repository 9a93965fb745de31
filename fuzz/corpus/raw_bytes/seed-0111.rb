begin; raise ArgumentError, "x"; rescue Exception; end
begin
  v0 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v1 = Object.new(); rescue Exception; end
    11.5
  end
rescue Exception
end
begin
  v2 = proc do |k0: 1|
    :y5
  end
rescue Exception
end
begin
  class << v0
    begin; C0.send(:remove_method, :m0); rescue Exception; end
    begin; v3 = Object.new(); rescue Exception; end
    begin; Object.send(:alias_method, :m0, :m0); rescue Exception; end
  end
rescue Exception
end
begin; v4 = Object.class_variable_get(:@@k0); rescue Exception; end
begin; v5 = v4.method(:m1).call(&v2); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :loop); rescue Exception; end
begin
  2.times do |i|
    begin; v6 = Object.new(1); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; v7 = Object.instance_method(:clamp); rescue Exception; end
begin
  class << v0
    begin
      30.times do |i|
      end
    rescue Exception
    end
    begin; v8 = []; rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; 100.times { |i| Object.new }; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v9 = Object.new(v7); rescue Exception; end
