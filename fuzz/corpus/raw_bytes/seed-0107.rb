GC.start
begin; v0 = "s9"; rescue Exception; end
begin; v1 = v0.send(:"-@", 1); rescue Exception; end
begin; v2 = String.instance_method(:"-@"); rescue Exception; end
begin; v3 = Object.new(k0: v2); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :keep_if); rescue Exception; end
begin; Hash.send(:define_method, :m1, v2); rescue Exception; end
begin; v4 = [10, 20, 30, 40][v1]; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :"-@"); rescue Exception; end
GC.start
begin; 100.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  begin
    begin; v5 = Object.new(); rescue Exception; end
  rescue => e
    begin; v6 = Object.new(e); rescue Exception; end
    begin; v7 = -3.respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin; v8 = {:k0 => v2}; rescue Exception; end
GC.start
begin; v9 = 2.5.method(:keep_if); rescue Exception; end
begin
  v10 = Class.new(Object) do
    begin; true.keep_if((0..4), true); rescue Exception; end
    begin
      class Numeric
        begin; alias m3 :"-@"; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = v2.respond_to?(:m4); rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; v12 = v10.singleton_class; rescue Exception; end
begin; v13 = v10.new(); rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; v3.freeze; rescue Exception; end
begin; C0.send(:alias_method, :m0, :min); rescue Exception; end
begin; C0.send(:alias_method, :m2, :"-@"); rescue Exception; end
begin; v12.singleton_class.send(:undef_method, :"-@"); rescue Exception; end
