GC.start
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v0 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class C0
    begin; v1 = :upcase; rescue Exception; end
    begin
      10.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = C0.instance_method(:m0); rescue Exception; end
GC.start
begin
  v3 = proc do
    begin; v4 = v2.public_send(:m1); rescue Exception; end
    v2
  end
rescue Exception
end
begin; v5 = self.m2(); rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  5.times do |i|
    begin; v6 = { v2 => 1, i => 2 }[v2]; rescue Exception; end
  end
rescue Exception
end
begin; v7 = Range.instance_method(:m1); rescue Exception; end
begin
  v8 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class C2 < Hash
        begin
          class String
            begin; alias m3 chars; rescue Exception; end
          end
        rescue Exception
        end
        begin; v9 = Array.instance_method(:m2); rescue Exception; end
        begin; v10 = String(v9); rescue Exception; end
      end
    rescue Exception
    end
    begin; v11 = C2.new(41, k0: 3); rescue Exception; end
    begin; Hash.send(:alias_method, :m4, :last); rescue Exception; end
    begin; v12 = v11.respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin; v3.instance_eval(""); rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m5, :m2); rescue Exception; end
begin; C0.class_variable_set(:@@k1, :y1); rescue Exception; end
begin
  nil.m6(v8, (4..8)) do |a0, *rest, p0|
    rest
  end
rescue Exception
end
begin; v13 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v3.singleton_class.send(:define_method, :m7, v2); rescue Exception; end
begin
  class C3 < C1
    begin; C3.class_variable_set(:@@k1, 15); rescue Exception; end
    begin
      module M4
        begin
          91.next(k0: self) do
            "s8"
          end
        rescue Exception
        end
        begin; v14 = :upcase; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v15 = lambda do |a0, &blk|
    v8
  end
rescue Exception
end
begin
  class << v13
    begin; alias_method :m7, :chars; rescue Exception; end
    begin; C2.send(:alias_method, :m8, :m9); rescue Exception; end
  end
rescue Exception
end
begin
  class << v5
    begin; C1.send(:undef_method, :m0); rescue Exception; end
    begin; alias m8 last; rescue Exception; end
    begin; v16 = C3.instance_variable_get(:@k0); rescue Exception; end
  end
rescue Exception
end
begin; v17 = C2.instance_variable_get(:@k2); rescue Exception; end
begin
  v18 = Proc.new do |a0, &blk|
    a0
  end
rescue Exception
end
begin
  class << v18
    begin; 43.last(k0: (1..5)); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m10, :last); rescue Exception; end
GC.start
begin
  v19 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      C1.send(:define_method, :m11) do |a0, a1|
        a0
      end
    rescue Exception
    end
    begin
      v20 = lambda do
        6.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v21 = proc do |a0, a1|
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    v17
  end
rescue Exception
end
begin
  module M6
    begin; v22 = C0.new(); rescue Exception; end
    begin; 100.times { |i| v22.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    begin
      v22.singleton_class.send(:define_method, :m10) do |a0, a1|
        begin
          v23 = proc do |a0, &blk|
            begin; v22.singleton_class.send(:alias_method, :m10, :chars); rescue Exception; end
            begin; v24 = String(a1); rescue Exception; end
            a0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
