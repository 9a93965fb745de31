begin; v0 = true.send(:m0); rescue Exception; end
begin
  class C0 < Numeric
    begin; v1 = self.method(:reject!); rescue Exception; end
    begin
      10.times do |i|
        begin; v2 = v1.respond_to?(:m0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v3 = proc do
    begin
      module M1
        begin; p true; rescue Exception; end
      end
    rescue Exception
    end
    61
  end
rescue Exception
end
begin; v3.freeze; rescue Exception; end
begin; v4 = v3.singleton_class; rescue Exception; end
begin; C0.send(:include, M1); rescue Exception; end
begin; v5 = v3.singleton_class; rescue Exception; end
GC.start
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
GC.start
begin; Array.send(:define_method, :m0, v3); rescue Exception; end
begin; v6 = C0.instance_method(:"&"); rescue Exception; end
begin
  81.m1(k0: v5) do |a0|
    begin
      v7 = lambda do |a0|
        begin; v8 = self.send(:m2, 1); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; self.public_send(:m3); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  def v5.m4()
    begin; C0.send(:alias_method, :m1, :"&"); rescue Exception; end
    nil
  end
rescue Exception
end
begin
  class C2 < Array
    begin; C0.send(:remove_method, :m1); rescue Exception; end
  end
rescue Exception
end
begin; v5.singleton_class.send(:alias_method, :m5, :"&"); rescue Exception; end
begin; v5.freeze; rescue Exception; end
begin; v9 = v5.new(v5); rescue Exception; end
begin; v10 = v0.respond_to?(:m6, true); rescue Exception; end
begin; v11 = C2.new(); rescue Exception; end
