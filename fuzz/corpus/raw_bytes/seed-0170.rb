GC.start
GC.start
begin; v0 = 64.method(:repeated_combination); rescue Exception; end
begin; Array.class_eval("begin; v1 = []; rescue Exception; end\nbegin; 50.times { |i| { i => i } }; rescue Exception; end"); rescue Exception; end
begin; v2 = v0.respond_to?(:repeated_combination); rescue Exception; end
begin; v3 = self.public_send(:m0); rescue Exception; end
begin; v4 = Object.class_variable_get(:@@k1); rescue Exception; end
begin; v3.send(:m1, 1); rescue Exception; end
begin; v5 = [v4, 73, v4].sort { |x, y| y <=> x }; rescue Exception; end
begin
  class C0 < Numeric
    begin
      class Array
        begin; alias_method :m2, :repeated_combination; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v6 = lambda do |a0, *rest|
        begin; v7 = 27.respond_to?(:m1); rescue Exception; end
        95
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = [v2]; rescue Exception; end
begin; v9 = nil; rescue Exception; end
begin
  class << v0
    begin; v10 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v8 << self; rescue Exception; end
begin; v11 = C0.new(10.5); rescue Exception; end
begin; v12 = v5.respond_to?(:m2); rescue Exception; end
begin; v13 = v11.singleton_class; rescue Exception; end
begin; v14 = v0.to_proc; rescue Exception; end
begin
  class Array
    begin; alias_method :m1, :repeated_combination; rescue Exception; end
    begin; alias_method :m3, :repeated_combination; rescue Exception; end
  end
rescue Exception
end
begin; v15 = v13.new(v2); rescue Exception; end
begin; v8.singleton_class.send(:remove_method, :m4); rescue Exception; end
begin; v16 = "s11"; rescue Exception; end
begin
  class << v12
    begin; C0.class_variable_set(:@@k2, 85); rescue Exception; end
  end
rescue Exception
end
begin; v14.singleton_class.send(:alias_method, :m5, :repeated_combination); rescue Exception; end
begin; v17 = v13.new(self); rescue Exception; end
begin
  def v13.m0(a0, o0 = 0)
    a0
  end
rescue Exception
end
