GC.start
begin; v0 = Object.new(true, 14.5); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v1 = C0.new(1); rescue Exception; end
    begin; K0 = v1; rescue Exception; end
  end
rescue Exception
end
begin
  def m0()
    begin; C0.send(:alias_method, :m1, :slice!); rescue Exception; end
    begin; v2 = nil.respond_to?(:m2); rescue Exception; end
    (3..8)
  end
rescue Exception
end
begin
  C0.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v3 = Proc.new do |a0|
        a0
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
GC.start
begin; C0.send(:alias_method, :m2, :"<="); rescue Exception; end
begin; v4 = [self, v0, v0]; rescue Exception; end
begin; v5 = Array.instance_method(:slice!); rescue Exception; end
begin; C0.send(:define_method, :m2, v5); rescue Exception; end
begin; v6 = v4.dup; rescue Exception; end
begin; Enumerable.send(:alias_method, :m3, :each_slice); rescue Exception; end
begin
  def v0.m1(o0 = 0)
    o0
  end
rescue Exception
end
begin; 30.times { |i| v4 << i.to_s }; rescue Exception; end
begin; v7 = 32; rescue Exception; end
begin; String.send(:alias_method, :m0, :slice!); rescue Exception; end
begin
  v8 = lambda do |o0 = 0|
    begin; C0.extend(Comparable); rescue Exception; end
    true
  end
rescue Exception
end
begin
  class << v8
    begin
      v9 = true.method(:"<=").call(6.5) do
        2.5
      end
    rescue Exception
    end
    begin; v10 = C0.new(); rescue Exception; end
    begin; C0.send(:alias_method, :m3, :"<="); rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin
      v11 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
        begin
          class String
            begin; alias m2 slice!; rescue Exception; end
          end
        rescue Exception
        end
        rest
      end
    rescue Exception
    end
    begin; v12 = []; rescue Exception; end
  end
rescue Exception
end
begin; v4.m4(v4, 90); rescue Exception; end
begin
  begin
    begin
      10.times do |i|
        begin
          Array.send(:define_method, :m5) do
            v7
          end
        rescue Exception
        end
        begin; v0.instance_variable_set(:@i1, i); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; C0.send(:include, Comparable); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  class Exception
    begin; alias m6 message; rescue Exception; end
  end
rescue Exception
end
begin
  v13 = :y0.to_sym(&v8) do |a0, o0 = 0, *rest, k0: 1, &blk|
    blk
  end
rescue Exception
end
begin; v14 = v5.method(:m2).call(v13, *v6, k0: 3); rescue Exception; end
begin; v15 = C0.new(v6, 28); rescue Exception; end
begin; Enumerable.send(:alias_method, :m5, :each_slice); rescue Exception; end
