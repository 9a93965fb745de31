begin
  2.times do |i|
    begin; v0 = {:k0 => i, :k1 => (4..9)}; rescue Exception; end
  end
rescue Exception
end
begin; v1 = :y5.respond_to?(:m0); rescue Exception; end
begin; v2 = v1.method(:m1); rescue Exception; end
begin
  module M0
    begin; v3 = [nil, 45, nil].sort { |x, y| y <=> x }; rescue Exception; end
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m2, :"!~"); rescue Exception; end
begin
  class C1 < Array
    begin; v4 = :upcase; rescue Exception; end
    begin; Numeric.send(:alias_method, :m1, :"`"); rescue Exception; end
    begin; C1.extend(M0); rescue Exception; end
    begin; v5 = v4.respond_to?(:m3); rescue Exception; end
  end
rescue Exception
end
begin; v6 = C1.new(); rescue Exception; end
begin; p :y3; rescue Exception; end
begin
  class C2
    begin; C1.class_variable_set(:@@k2, self); rescue Exception; end
    begin
      def m4(a0, o0 = 0, *rest, k0: 1, &blk)
        75
      end
    rescue Exception
    end
    begin
      5.times do |i|
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
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; C2.instance_variable_set(:@k2, v6); rescue Exception; end
begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
GC.start
begin; v6.send(:m5, v2, v2); rescue Exception; end
begin; v8 = [true, v1]; rescue Exception; end
begin; v9 = C1.class_variable_get(:@@k0); rescue Exception; end
begin; v8 << :y3; rescue Exception; end
begin
  def m6()
    94
  end
rescue Exception
end
begin; C2.send(:alias_method, :m5, :"!~"); rescue Exception; end
begin; v10 = C2.new(); rescue Exception; end
begin
  class << v1
    begin; v11 = C2.new(); rescue Exception; end
    begin; v12 = 9.5; rescue Exception; end
  end
rescue Exception
end
begin; v13 = C2.instance_variable_get(:@k1); rescue Exception; end
begin; C1.send(:remove_method, :m7); rescue Exception; end
begin
  v15 = v7.send(:allocate, self) do |a0|
    begin; v14 = C1.new(); rescue Exception; end
    v6
  end
rescue Exception
end
