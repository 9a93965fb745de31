GC.start
begin; String.send(:alias_method, :m0, :clamp); rescue Exception; end
begin
  v0 = proc do |o0 = 0|
    o0
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m0, :clamp); rescue Exception; end
begin; v0.instance_variable_set(:@i1, 15); rescue Exception; end
begin
  class C0
    begin
      v1 = proc do |a0, a1|
        begin; 300.times { |i| "x" * 8 }; rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin; v2 = v1.dup; rescue Exception; end
    begin; v3 = nil; rescue Exception; end
    begin
      def v1.m1(o0 = 0)
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v4 = proc do
    v0
  end
rescue Exception
end
GC.start
begin
  def m1(k0: 1)
    begin
      v5 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v6 = C0.new(); rescue Exception; end
        (4..5)
      end
    rescue Exception
    end
    begin; v7 = v5.method(:call).call(1); rescue Exception; end
    k0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
GC.start
begin; v8 = v0.respond_to?(:m2); rescue Exception; end
GC.start
begin; v9 = C0.new(1); rescue Exception; end
begin; v10 = v9.method(:instance_variable_defined?); rescue Exception; end
begin; eval("begin; v11 = C0.instance_method(:m3); rescue Exception; end"); rescue Exception; end
begin
  class C1
    begin; v12 = (2..7); rescue Exception; end
    begin; 50.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; v4.singleton_class.send(:define_method, :m0, v10); rescue Exception; end
begin
  v9.instance_eval do
  end
rescue Exception
end
begin
  v13 = Class.new(Array) do
    begin
      def self.m4()
        begin
          C0.send(:define_method, :m4) do
            true
          end
        rescue Exception
        end
        begin; true.public_send(:m5, 1.5, nil); rescue Exception; end
        97
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v4
    begin
      v14 = lambda do
        begin; K0 = 54; rescue Exception; end
        begin; 100.times { |i| Object.new }; rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = v4.call(); rescue Exception; end
