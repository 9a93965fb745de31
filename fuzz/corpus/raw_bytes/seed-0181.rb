begin
  r1 = 0
  begin
    begin; v0 = 97; rescue Exception; end
  rescue => e
    begin; v1 = Object.new(); rescue Exception; end
    begin; Object.send(:include, Enumerable); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v2 = Object.instance_variable_get(:@k1); rescue Exception; end
begin; v3 = nil; rescue Exception; end
begin; v4 = [(1..5), v2, v3]; rescue Exception; end
begin; v5 = 1 + self; rescue Exception; end
begin; v6 = [v4, v5]; rescue Exception; end
begin; v7 = -0.5.send(:times, k0: 2); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  v8 = proc do
    begin
      class << v2
        begin; self.m0(1); rescue Exception; end
        begin
          def self.m0()
            nil
          end
        rescue Exception
        end
        begin
          String.send(:define_method, :m1) do
            begin; Range.send(:alias_method, :m1, :times); rescue Exception; end
            :y5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v5
  end
rescue Exception
end
begin
  class << v4
    begin; Object.instance_variable_set(:@k2, nil); rescue Exception; end
    begin
      v9 = proc do |k0: 1, **kws|
        :y5
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin
  module M0
    begin; Array.send(:alias_method, :m2, :each_pair); rescue Exception; end
  end
rescue Exception
end
begin; p v3; rescue Exception; end
begin
  def v6.m3(a0)
    begin; v10 = Object.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin; K0 = 47; rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m1, :m4); rescue Exception; end
begin
  class << v6
    begin; v11 = [nil, 62, 14.5]; rescue Exception; end
    begin
      v12 = nil.send(:m5, v11, *v11, k0: 3) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; Object.send(:include, M0); rescue Exception; end
        begin; eval(""); rescue Exception; end
        v11
      end
    rescue Exception
    end
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v13 = nil.respond_to?(:m4, true); rescue Exception; end
        begin
          class Struct
            begin; alias_method :m4, :to_h; rescue Exception; end
          end
        rescue Exception
        end
        begin; v14 = Object.new(k0: v13); rescue Exception; end
        begin; alias_method :m6, :negative?; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K1 = v8; rescue Exception; end
begin; K2 = 58; rescue Exception; end
begin
  v15 = lambda do |a0|
    begin; C1.instance_variable_set(:@k1, v5); rescue Exception; end
    "s12"
  end
rescue Exception
end
begin; v16 = C1.instance_variable_get(:@k0); rescue Exception; end
begin; self.m7(*v4); rescue Exception; end
begin; v17 = Object.new(:y0, :y5); rescue Exception; end
begin; 8.times { |i| v4 << i.to_s }; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m8, :m9); rescue Exception; end
begin; v18 = C1.class_variable_get(:@@k0); rescue Exception; end
begin; eval("begin\n  3.times do |i|\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m10, :m11); rescue Exception; end
