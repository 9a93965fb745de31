begin; Array.send(:alias_method, :m0, :each); rescue Exception; end
begin; v0 = Object.new(k0: 22); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v1 = v0.clone; rescue Exception; end
begin
  class C0
    begin
      def m0()
        begin
          C0.class_eval do
            begin; true.m0(-1, 39); rescue Exception; end
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
    begin
      C0.send(:define_method, :m0) do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v2 = nil; rescue Exception; end
    begin; v3 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v4 = [v1, v0].sort; rescue Exception; end
begin
  class << v0
    begin
      v5 = ->(a0, o0 = 0) do
        begin; v6 = C0.new(); rescue Exception; end
        "s5"
      end
    rescue Exception
    end
    begin
      class << v5
        begin
          def m1(a0, o0 = 0, *rest, k0: 1, &blk)
            :y3
          end
        rescue Exception
        end
        begin; K1 = (4..9); rescue Exception; end
        begin; v7 = C0.new(:y0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = self.m1(); rescue Exception; end
begin
  class C1 < String
    begin; C1.instance_variable_set(:@k2, 68); rescue Exception; end
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m2) do |a0|
    begin
      Numeric.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v1.m3(); rescue Exception; end
        begin; v9 = v1.clone; rescue Exception; end
        true
      end
    rescue Exception
    end
    K0
  end
rescue Exception
end
begin
  v10 = "s13".send(:m4, K0) do |a0, o0 = 0|
    begin; v1.instance_variable_set(:@i3, v1); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m4) do |a0, *rest|
    a0
  end
rescue Exception
end
begin; v11 = v10.respond_to?(:m5); rescue Exception; end
begin; p v10; rescue Exception; end
