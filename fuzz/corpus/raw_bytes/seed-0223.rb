GC.start
begin; :y5.intern(); rescue Exception; end
begin; Integer.extend(Enumerable); rescue Exception; end
begin
  v0 = 78.public_send(:"==", k0: 2) do |a0, *rest|
    rest
  end
rescue Exception
end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin
  String.send(:define_method, :m0) do |a0|
    begin; Object.send(:include, Comparable); rescue Exception; end
    begin; Object.const_set(:K0, v0); rescue Exception; end
    v0
  end
rescue Exception
end
begin; Range.send(:alias_method, :m0, :to_int); rescue Exception; end
begin
  module M0
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = 1.5; rescue Exception; end
begin
  v2 = Class.new(String) do
    begin; alias_method :m1, :inject; rescue Exception; end
    begin
      C1.send(:define_method, :m2) do |a0, &blk|
        begin; v3 = C1.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; alias m2 :"<=>"; rescue Exception; end
  end
rescue Exception
end
begin
  def m1(a0, a1)
    a1
  end
rescue Exception
end
begin; v4 = [15, v2, v2]; rescue Exception; end
begin
  v5 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    k0
  end
rescue Exception
end
begin; Enumerable.send(:alias_method, :m3, :inject); rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; 30.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  3.times do |i|
    begin; p v4; rescue Exception; end
    begin
      v7 = lambda do |a0, &blk|
        begin; v8 = v4.dup; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v4 << v6; rescue Exception; end
begin; C1.send(:alias_method, :m4, :"<=>"); rescue Exception; end
begin
  v2.singleton_class.send(:define_method, :m5) do |a0, &blk|
    v5
  end
rescue Exception
end
begin; v9 = v2.instance_variable_get(:@i3); rescue Exception; end
