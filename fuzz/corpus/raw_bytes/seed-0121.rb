GC.start
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  def m2(a0, *rest, p0)
    begin; C0.send(:remove_method, :message); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v0 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v1 = :upcase; rescue Exception; end
begin; v2 = "s9"; rescue Exception; end
begin; v3 = v2.delete(); rescue Exception; end
begin
  class << v2
    begin
      v4 = 4.div(k0: self) do |o0 = 0|
        begin; Hash.send(:alias_method, :m3, :message); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = v0.respond_to?(:m4); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  class C0 < Array
    begin; v6 = C0.new(); rescue Exception; end
    begin; 100.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; v7 = v0.respond_to?(:m2); rescue Exception; end
begin; v2.m0(&v1); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m5, :to_c); rescue Exception; end
begin
  C0.send(:define_method, :m6) do |a0, a1|
    begin
      class << v3
        begin; C0.send(:alias_method, :m7, :enum_for); rescue Exception; end
      end
    rescue Exception
    end
    begin; v8 = (4..8); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  v9 = proc do |a0, *rest, p0|
    begin; v10 = v5.method(:m8); rescue Exception; end
    self
  end
rescue Exception
end
begin; v11 = v9.to_proc; rescue Exception; end
begin; Kernel.send(:alias_method, :m9, :enum_for); rescue Exception; end
begin
  v12 = ->(a0, o0 = 0) do
    a0
  end
rescue Exception
end
begin; v13 = nil; rescue Exception; end
begin
  class << v7
    begin
      10.times do |i|
        begin
          class C1 < Array
            begin; K0 = 8.5; rescue Exception; end
            begin; v14 = 28; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = nil; rescue Exception; end
begin; v0.send(:remove_method, :">"); rescue Exception; end
