begin; v0 = {:k0 => 69, :k1 => :y2}; rescue Exception; end
begin; v1 = {:k0 => v0}; rescue Exception; end
begin; p v1; rescue Exception; end
begin; v2 = String(v1); rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin
  2.times do |i|
    begin
      class << v1
        begin; v3 = [true, "s12"].uniq.size; rescue Exception; end
        begin; v4 = :upcase; rescue Exception; end
        begin; v5 = Object.new(v4, true); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = Struct.new(:f0); rescue Exception; end
begin
  v8 = v6.inherited(**v0) do |a0|
    begin; v7 = Integer(v1); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  def m0(a0, &blk)
    blk
  end
rescue Exception
end
begin; v6.extend(Comparable); rescue Exception; end
begin
  class << v6
    begin; v9 = 3.5.respond_to?(:m1); rescue Exception; end
    begin; v10 = Array(nil); rescue Exception; end
    begin; v11 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v12 = lambda do |a0, &blk|
    a0
  end
rescue Exception
end
begin; v1.singleton_class.send(:define_method, :m2, v12); rescue Exception; end
begin; v6.send(:alias_method, :m3, :message); rescue Exception; end
