begin; ($stash ||= []).concat(Array.new(6) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = 66.send(:"<=>"); rescue Exception; end
begin; C0.send(:remove_method, :lines); rescue Exception; end
begin; p 7; rescue Exception; end
begin
  v1 = proc do
    v0
  end
rescue Exception
end
begin
  v1.instance_eval do
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m0, :overlap?); rescue Exception; end
begin; v2 = [v1, :y5, v1].sort { |x, y| y <=> x }; rescue Exception; end
begin; String.send(:alias_method, :m0, :overlap?); rescue Exception; end
begin
  v3 = lambda do |a0|
    begin; v1.singleton_class.send(:alias_method, :m1, :overlap?); rescue Exception; end
    begin; Array.extend(Enumerable); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v4 = Object.new(); rescue Exception; end
begin; v5 = v1.clone; rescue Exception; end
GC.start
