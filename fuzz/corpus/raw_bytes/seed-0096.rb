GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.m0(nil, v0); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :first); rescue Exception; end
begin; self.send(:entries); rescue Exception; end
begin; v2 = {:k0 => 93}; rescue Exception; end
begin; v3 = Object.instance_variable_get(:@k2); rescue Exception; end
begin
  v4 = proc do |k0: 1, **kws|
    begin; v0.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
    true
  end
rescue Exception
end
begin; K0 = (2..5); rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin; K1 = v3; rescue Exception; end
begin
  v4.instance_eval do
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :entries); rescue Exception; end
begin; v5 = "s19".public_send(:__codepoints, 78, v0); rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin
  v6 = ->() do
    GC.start
    :y3
  end
rescue Exception
end
begin; String.send(:define_method, :m0, v4); rescue Exception; end
begin
  class << v4
    begin; p true; rescue Exception; end
    begin; v7 = [true]; rescue Exception; end
  end
rescue Exception
end
begin; v8 = Object.new(); rescue Exception; end
begin
  v9 = ->(a0, *rest, p0) do
    begin
      def m2()
        begin; Object.send(:alias_method, :m3, :to_a); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin; v10 = self.m1(1); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  begin
    begin
      class Array
        begin; alias m4 entries; rescue Exception; end
        begin; alias_method :m2, :begin; rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin; 100.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin; K2 = "s16"; rescue Exception; end
begin; v11 = v4.public_send(:"<<", 1); rescue Exception; end
begin; Integer.send(:alias_method, :m1, :to_a); rescue Exception; end
begin; v12 = { v1 => 1, "s8" => 2 }[v1]; rescue Exception; end
