GC.start
begin
  class C0
    begin
      C0.send(:define_method, :m0) do |a0, a1|
        a0
      end
    rescue Exception
    end
    begin
      class C1
        begin
          def m1(a0, o0 = 0, *rest, k0: 1, &blk)
            19.5
          end
        rescue Exception
        end
        begin; v0 = {:k0 => nil, :k1 => true}; rescue Exception; end
        begin
          class << v0
            begin; alias_method :m2, :delete_suffix; rescue Exception; end
            begin
              C0.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
                k0
              end
            rescue Exception
            end
            begin; K0 = "s9"; rescue Exception; end
          end
        rescue Exception
        end
        begin; v1 = v0.clone; rescue Exception; end
      end
    rescue Exception
    end
    begin; v2 = self.m2(52, (0..0)); rescue Exception; end
    begin
      C1.send(:define_method, :m1) do |a0, o0 = 0|
        begin
          def self.m3(a0, o0 = 0)
            24
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
  v3 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class C2
        begin; K1 = (0..1); rescue Exception; end
        begin; v4 = :upcase; rescue Exception; end
        begin; 300.times { |i| proc { i } }; rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = {}; rescue Exception; end
    k0
  end
rescue Exception
end
begin; v6 = {}; rescue Exception; end
begin; v7 = 5.5.last(v3, v3); rescue Exception; end
begin
  v3.call(v6, v3) do |a0, *rest|
    begin; raise RuntimeError, "x"; rescue Exception; end
    v6
  end
rescue Exception
end
begin; v8 = C1.instance_method(:last); rescue Exception; end
begin
  def m4(a0, a1)
    begin; Object.const_set(:K2, a1); rescue Exception; end
    begin; v9 = [a0, self]; rescue Exception; end
    3.5
  end
rescue Exception
end
begin
  C0.send(:define_method, :m5) do |k0: 1|
    k0
  end
rescue Exception
end
begin
  def m2(a0, o0 = 0)
    begin
      v11 = Fiber.new do |x|
        begin
          Hash.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; v10 = nil; rescue Exception; end
            o0
          end
        rescue Exception
        end
        Fiber.yield(x)
        12.5
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
begin
  v12 = ->(a0) do
    a0
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m6, :m7); rescue Exception; end
begin; p v6; rescue Exception; end
begin
  def m8()
    "s5"
  end
rescue Exception
end
begin; v13 = v6.singleton_class; rescue Exception; end
begin
  class C3 < Hash
    begin; Object.send(:alias_method, :m9, :m10); rescue Exception; end
    begin
      class C4
        begin; v14 = C2.new(self, "s15"); rescue Exception; end
        begin
          module M5
            begin; alias_method :m9, :last; rescue Exception; end
            begin; C0.send(:alias_method, :m0, :delete_suffix); rescue Exception; end
            begin; 50.times { |i| proc { i } }; rescue Exception; end
          end
        rescue Exception
        end
        begin; v15 = v14.respond_to?(:"<=>"); rescue Exception; end
        begin
          v16 = lambda do |a0, a1|
            begin; v17 = v14.instance_variable_get(:@i2); rescue Exception; end
            begin
              def m11(a0, &blk)
                blk
              end
            rescue Exception
            end
            a1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v18 = nil.method(:last); rescue Exception; end
    begin; v19 = Struct.new(:f0); rescue Exception; end
  end
rescue Exception
end
begin
  v6.singleton_class.send(:define_method, :m9) do |a0, a1|
    begin; v20 = K2.respond_to?(:m0, true); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v21 = Object.new(1); rescue Exception; end
begin
  begin
    begin; C4.send(:prepend, M5); rescue Exception; end
  rescue => e
  ensure
    begin; v22 = v6.dup; rescue Exception; end
  end
rescue Exception
end
