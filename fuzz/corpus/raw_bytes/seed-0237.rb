begin
  v0 = Class.new(Object) do
    begin; v1 = {}; rescue Exception; end
    begin; v2 = :y0.respond_to?(:m0, true); rescue Exception; end
    begin; v1["s8"] = v1; rescue Exception; end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m1) do |o0 = 0|
    begin; v3 = C0.new(); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v4 = []; rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin
  5.times do |i|
    begin; v5 = i.respond_to?(:m1); rescue Exception; end
    begin
      v6 = proc do |a0|
        begin; v7 = v0.clone; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = C0.new(*v4); rescue Exception; end
begin; v9 = {}; rescue Exception; end
