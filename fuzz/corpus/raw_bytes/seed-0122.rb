GC.start
begin
  Object.send(:define_method, :m0) do
    92
  end
rescue Exception
end
begin; Array.send(:alias_method, :m0, :"=="); rescue Exception; end
begin; (1..4).method(:each_codepoint).call(nil); rescue Exception; end
begin; v0 = []; rescue Exception; end
begin; C0.send(:undef_method, :m1); rescue Exception; end
begin; v1 = v0.send(:dig, v0); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :m2); rescue Exception; end
begin
  v1.m3() do
    v1
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m4, :m5); rescue Exception; end
begin; v2 = Object.new(v0, v1); rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin
  v3 = lambda do
    nil
  end
rescue Exception
end
begin; v0.singleton_class.send(:define_method, :m6, v3); rescue Exception; end
begin; Array.send(:define_method, :m7, v3); rescue Exception; end
