GC.start
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v0 = "s0".send(:replace, 1); rescue Exception; end
begin; v1 = (0..0).respond_to?(:m0); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  class << v2
    begin; Object.send(:alias_method, :m0, :drop_while); rescue Exception; end
    begin; v3 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; Numeric.class_eval("begin; v4 = v2.singleton_class; rescue Exception; end"); rescue Exception; end
begin; v5 = Struct.new(:f0); rescue Exception; end
begin
  v5.send(:define_method, :m1) do
    begin; v6 = nil; rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
    v1
  end
rescue Exception
end
begin; v7 = Hash.instance_method(:m2); rescue Exception; end
begin; Enumerable.send(:alias_method, :m1, :one?); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m0, :drop_while); rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin
  r1001 = 0
  begin
    begin
      self.m3(19.5, v2) do |a0|
        v1
      end
    rescue Exception
    end
  rescue => e
    r1001 += 1
    retry if r1001 < 2
  end
rescue Exception
end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; Object.instance_variable_set(:@k1, v7); rescue Exception; end
begin; p v2; rescue Exception; end
begin; String.send(:alias_method, :m0, :drop_while); rescue Exception; end
begin
  def v2.m3(a0, a1)
    begin; v8 = true.respond_to?(:m4); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v2
    begin; v9 = String(13.5); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v10 = [v2].include?(e); rescue Exception; end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; v11 = self.public_send(:m5, :y3, (0..3)); rescue Exception; end
begin; v12 = v11.m0(); rescue Exception; end
begin; v13 = v5.new(v12, true); rescue Exception; end
begin; v5.send(:alias_method, :m6, :drop_while); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m7, :one?); rescue Exception; end
