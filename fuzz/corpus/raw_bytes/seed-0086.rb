GC.start
begin
  v0 = lambda do |a0, o0 = 0|
    begin; v1 = {:k0 => (0..4), :k1 => 56}; rescue Exception; end
    a0
  end
rescue Exception
end
begin; Array.send(:define_method, :m0, v0); rescue Exception; end
begin
  v3 = v0.nobits?(26, v0) do
    begin; v2 = true; rescue Exception; end
    80
  end
rescue Exception
end
GC.start
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v4 = 4.5; rescue Exception; end
begin; v5 = v4.respond_to?(:m1, true); rescue Exception; end
begin; Integer.send(:alias_method, :m2, :values_at); rescue Exception; end
begin
  v6 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    begin
      v8 = self.m3(k0: 2) do
        begin; v7 = self.send(:m4, &v0); rescue Exception; end
        begin
          class << v5
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        v0
      end
    rescue Exception
    end
    begin
      class << v0
        begin
          def self.m1(a0, &blk)
            begin; v9 = Object.new(); rescue Exception; end
            begin; v10 = Integer.instance_method(:m0); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; p (1..4); rescue Exception; end
      end
    rescue Exception
    end
    16.5
  end
rescue Exception
end
begin
  def v0.m5(a0, &blk)
    8.5
  end
rescue Exception
end
begin
  v11 = proc do |a0|
    a0
  end
rescue Exception
end
begin
  class C0
    begin
      v12 = self.m0(1) do
        begin
          def self.m6()
            53
          end
        rescue Exception
        end
        5.5
      end
    rescue Exception
    end
    begin
      C0.send(:define_method, :m7) do |a0, *rest, p0|
        begin
          def m8(a0)
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
begin; v13 = [v5]; rescue Exception; end
begin; v13.singleton_class.send(:undef_method, :m9); rescue Exception; end
begin
  def m10(a0, a1)
    begin
      begin
        begin; v14 = self.respond_to?(:m11, true); rescue Exception; end
      rescue => e
        begin; v15 = a0.method(:values_at); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; C0.send(:alias_method, :m6, :values_at); rescue Exception; end
begin; v16 = v6.respond_to?(:m4, true); rescue Exception; end
begin; v11.singleton_class.send(:define_method, :m6, v11); rescue Exception; end
begin
  v17 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          v18 = Proc.new do |a0, &blk|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin; v19 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; Object.send(:alias_method, :m6, :nobits?); rescue Exception; end
