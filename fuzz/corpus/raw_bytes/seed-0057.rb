GC.start
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = proc do |a0|
    begin; v2 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  def v1.m1(a0, *rest, p0)
    begin; Object.extend(Comparable); rescue Exception; end
    rest
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k0, v1); rescue Exception; end
begin; p v1; rescue Exception; end
begin; v3 = Object.new(v0, 5); rescue Exception; end
begin
  class << v1
    begin; v4 = [:y3].include?(nil); rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin; 100.times { |i| Object.new }; rescue Exception; end
    begin
      91.div("s9", 29) do |a0, *rest|
        a0
      end
    rescue Exception
    end
    begin; v5 = nil; rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m0, :allbits?); rescue Exception; end
begin; Object.instance_variable_set(:@k1, v0); rescue Exception; end
begin
  class C0 < Exception
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    begin
      begin
        GC.start
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v6 = C0.instance_method(:next); rescue Exception; end
      end
    rescue Exception
    end
    begin; v7 = C0.new(42, "s3"); rescue Exception; end
  end
rescue Exception
end
begin; v8 = Object.new(1); rescue Exception; end
begin
  v3.singleton_class.send(:define_method, :m2) do |a0|
    begin; v3.singleton_class.send(:define_method, :m3, v1); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v9 = v3.dup; rescue Exception; end
begin; v10 = Object.new(); rescue Exception; end
begin
  v12 = 24.public_send(:"|", v1, k0: 3) do |k0: 1|
    begin
      v11 = lambda do |a0, a1|
        begin
          class Numeric
            begin; alias m4 allbits?; rescue Exception; end
          end
        rescue Exception
        end
        begin
          def m5(a0)
            nil
          end
        rescue Exception
        end
        -0.5
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin; v3.extend(Comparable); rescue Exception; end
begin; C0.send(:define_method, :m6, v1); rescue Exception; end
begin
  class << v8
    begin
      v13 = Proc.new do |o0 = 0|
        begin; Object.send(:alias_method, :m1, :allbits?); rescue Exception; end
        begin; C0.send(:undef_method, :m7); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      Integer.send(:define_method, :m8) do |o0 = 0|
        begin
          def m9()
            begin; v14 = true.m10(43); rescue Exception; end
            8
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1
    begin
      v15 = lambda do
        begin; raise ArgumentError, "x"; rescue Exception; end
        "s19"
      end
    rescue Exception
    end
    begin; p 4.5; rescue Exception; end
    begin; v16 = C0.instance_variable_get(:@k0); rescue Exception; end
    begin; v17 = (3..5); rescue Exception; end
  end
rescue Exception
end
begin
  class << v12
    begin; 10.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
GC.start
