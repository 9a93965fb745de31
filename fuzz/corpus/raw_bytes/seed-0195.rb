GC.start
begin
  self.public_send(:m0) do |a0, &blk|
    begin; v0 = nil; rescue Exception; end
    7.5
  end
rescue Exception
end
begin
  begin
    begin; v1 = Object.new(); rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  v2 = Class.new(Numeric) do
    begin; eval("begin; v3 = Hash.instance_method(:__upto_endless); rescue Exception; end\nbegin\n  include Comparable\n  def <=>(o)\n    (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)\n  end\nrescue Exception\nend"); rescue Exception; end
    begin
      v4 = proc do |a0|
        a0
      end
    rescue Exception
    end
    begin
      v4.singleton_class.send(:define_method, :m1) do
        true
      end
    rescue Exception
    end
    begin
      module M1
        begin; 300.times { |i| { i => i } }; rescue Exception; end
        begin; v5 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = C0.instance_variable_get(:@k0); rescue Exception; end
begin; v7 = v2.dup; rescue Exception; end
begin; v8 = {}; rescue Exception; end
begin; v9 = v2.singleton_class; rescue Exception; end
begin; v10 = v7.singleton_class; rescue Exception; end
begin
  class << v8
    begin
      module M2
        begin; v11 = (80.."s18").include?(80); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m2(a0)
    begin; 100.times { |i| Object.new }; rescue Exception; end
    begin; v12 = {:k0 => a0, :k1 => :y2}; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v13 = C0.new(); rescue Exception; end
begin
  class << v2
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
begin
  1.5.send(:"%", **v8) do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin
  v7.send(:define_method, :m3) do |a0, o0 = 0|
    v6
  end
rescue Exception
end
begin; v14 = [v7]; rescue Exception; end
begin
  class << v7
    begin; alias_method :m2, :delete!; rescue Exception; end
  end
rescue Exception
end
begin
  v16 = v7.m1(**v8) do |k0: 1|
    begin; v15 = v2.singleton_class; rescue Exception; end
    begin; v14 << v10; rescue Exception; end
    k0
  end
rescue Exception
end
begin; v10.instance_variable_set(:@i2, (2..3)); rescue Exception; end
begin; v14 << nil; rescue Exception; end
