begin; v0 = nil.respond_to?(:m0); rescue Exception; end
begin
  v1 = lambda do
    self
  end
rescue Exception
end
begin; Range.send(:alias_method, :m1, :"-@"); rescue Exception; end
begin; Array.send(:alias_method, :m0, :keep_if); rescue Exception; end
begin; v2 = 75.respond_to?(:m2); rescue Exception; end
begin; v3 = v2.respond_to?(:m0, true); rescue Exception; end
begin
  class C0 < String
    begin; v4 = C0.new(); rescue Exception; end
    begin
      v5 = lambda do
        6
      end
    rescue Exception
    end
    begin; v6 = v5.method(:__upto_endless); rescue Exception; end
    begin; v4.public_send(:m3, v6, self); rescue Exception; end
  end
rescue Exception
end
begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; p v2; rescue Exception; end
begin
  v8 = proc do
    begin; raise RuntimeError, "x"; rescue Exception; end
    v3
  end
rescue Exception
end
begin
  class << v0
    begin; v9 = C0.new(:y1); rescue Exception; end
    begin
      v10 = 27.send(:"^", 1) do
        v9
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v7.m4()
    begin; v11 = 21; rescue Exception; end
    (2..6)
  end
rescue Exception
end
begin
  class << v7
    begin
      def m1(a0, &blk)
        begin; Hash.send(:alias_method, :m1, :keep_if); rescue Exception; end
        begin; C0.send(:undef_method, :m5); rescue Exception; end
        "s7"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m6(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v12 = (0..1).respond_to?(:m7); rescue Exception; end
    :y5
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; p (4..8); rescue Exception; end
