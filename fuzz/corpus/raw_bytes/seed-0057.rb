begin
  3.times do |i|
    begin; Array.send(:alias_method, :m0, :m1); rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; eval(""); rescue Exception; end
GC.start
begin; v1 = v0.respond_to?(:m2); rescue Exception; end
begin
  Array.send(:define_method, :m3) do |k0: 1|
    k0
  end
rescue Exception
end
begin; p v1; rescue Exception; end
begin; v2 = :upcase; rescue Exception; end
begin
  v0.instance_eval do
  end
rescue Exception
end
begin
  v3 = v1.select() do
    v0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
