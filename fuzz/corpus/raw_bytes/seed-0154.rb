begin; v0 = "s5"; rescue Exception; end
GC.start
begin
  v1 = lambda do |a0, a1|
    begin; Object.send(:include, Enumerable); rescue Exception; end
    a1
  end
rescue Exception
end
GC.start
begin
  v2 = proc do |o0 = 0|
    v1
  end
rescue Exception
end
begin
  v3 = ->(a0, &blk) do
    begin; v0.instance_eval("begin; v4 = Struct.new(:f0, :f1); rescue Exception; end\nbegin; v5 = v4.new(); rescue Exception; end"); rescue Exception; end
    blk
  end
rescue Exception
end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin
  class << v2
    begin; v6 = Object.new(); rescue Exception; end
    begin
      class Exception
        begin; alias m1 message; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; Object.send(:alias_method, :m2, :message); rescue Exception; end
begin; v8 = v2.clone; rescue Exception; end
begin; v9 = v8 == 20; rescue Exception; end
begin; v10 = Object.new(1); rescue Exception; end
begin
  def v2.m2(a0, &blk)
    begin; Integer.extend(Enumerable); rescue Exception; end
    "s17"
  end
rescue Exception
end
begin; v11 = Object.new(); rescue Exception; end
begin; v12 = true.method(:m3); rescue Exception; end
begin; v13 = v1.singleton_class; rescue Exception; end
begin
  v11.m4() do
    begin; v10.singleton_class.send(:undef_method, :find_all); rescue Exception; end
    v9
  end
rescue Exception
end
begin; 8.times { |i| v10.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v3.instance_eval do
  end
rescue Exception
end
begin; v14 = {:k0 => v2}; rescue Exception; end
begin; v15 = v9.m5(v1); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v16 = [v13, -1.5, :y5]; rescue Exception; end
GC.start
begin; Object.class_variable_set(:@@k0, v12); rescue Exception; end
