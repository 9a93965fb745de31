begin; v0 = Object.new(k0: 2); rescue Exception; end
begin; v0.m0(k0: 2); rescue Exception; end
begin
  v1 = lambda do |a0, o0 = 0|
    begin
      Object.send(:define_method, :m0) do
        begin; v2 = self.respond_to?(:m0); rescue Exception; end
        begin; v3 = Object.new(); rescue Exception; end
        v0
      end
    rescue Exception
    end
    begin; p v0; rescue Exception; end
    v0
  end
rescue Exception
end
begin; v4 = v0.clone; rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; v0.method(:m1).call(v0, v0); rescue Exception; end
begin; v5 = Object.new(v1, (0..1)); rescue Exception; end
begin
  def v4.m2(o0 = 0)
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v6 = Class.new(String) do
    begin; alias_method :m3, :m4; rescue Exception; end
    begin
      module M1
        begin; v7 = "s15".respond_to?(:m5); rescue Exception; end
      end
    rescue Exception
    end
    begin; v8 = 53.public_send(:ceil, k0: 2); rescue Exception; end
    begin; v9 = C0.new(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m6, :m7); rescue Exception; end
begin; v10 = C0.instance_method(:m8); rescue Exception; end
begin
  v11 = lambda do |a0|
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin; v12 = v1.public_send(:call, k0: -1.5); rescue Exception; end
    v1
  end
rescue Exception
end
begin; C0.send(:alias_method, :m9, :negative?); rescue Exception; end
begin
  v14 = v4.m10() do
    begin; v13 = v4.respond_to?(:m5, true); rescue Exception; end
    v6
  end
rescue Exception
end
begin
  class << v11
    begin; C0.extend(M1); rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v15 = v11.dup; rescue Exception; end
begin
  class << v14
    begin; v16 = -0.5.negative?(); rescue Exception; end
    begin; alias m11 m0; rescue Exception; end
    begin
      class << v16
        begin; v17 = C0.new(k0: 83); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M2
    begin
      v18 = ->(a0, a1) do
        begin
          v19 = lambda do
            begin; v20 = C0.new(); rescue Exception; end
            "s5"
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    begin; M2.send(:include, M2); rescue Exception; end
    begin
      class << v18
        begin; v21 = C0.new((0..1)); rescue Exception; end
        begin
          class C3 < C0
            GC.start
            begin; v22 = "s2"; rescue Exception; end
          end
        rescue Exception
        end
        begin
          def m1(a0, *rest)
            rest
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
