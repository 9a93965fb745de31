begin; p true; rescue Exception; end
begin; v0 = Object.new(k0: 2); rescue Exception; end
begin; v1 = v0.method(:to_enum).call(self, v0); rescue Exception; end
begin
  module M0
    begin; v2 = {:k0 => true}; rescue Exception; end
    begin
      v3 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        o0
      end
    rescue Exception
    end
    begin
      def m0()
        begin
          v4 = Proc.new do |a0, *rest|
            43
          end
        rescue Exception
        end
        begin; v5 = "s10".respond_to?(:m1); rescue Exception; end
        79
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1 < String
    begin
      def m2(a0, *rest)
        begin; C1.send(:remove_method, :flatten); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin; 50.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; v6 = Numeric.instance_method(:m3); rescue Exception; end
GC.start
begin; K0 = K0; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m4, :flatten); rescue Exception; end
begin
  def m5()
    begin; C1.extend(M0); rescue Exception; end
    33
  end
rescue Exception
end
begin; C1.send(:alias_method, :m6, :m5); rescue Exception; end
begin
  def v0.m7(a0, &blk)
    a0
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m8, :to_enum); rescue Exception; end
begin; v7 = v6.bind(nil); rescue Exception; end
begin; C1.class_eval("begin; 100.times { |i| \"x\" * 8 }; rescue Exception; end\nbegin; v8 = v1.public_send(:\">\"); rescue Exception; end"); rescue Exception; end
begin; v9 = v0.send(:m9, k0: nil); rescue Exception; end
begin
  class << v6
    begin
      module M2
        GC.start
        begin
          def m1(a0, a1)
            begin
              C1.send(:define_method, :m10) do
                64
              end
            rescue Exception
            end
            49
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v10 = [nil, 11, self]; rescue Exception; end
  end
rescue Exception
end
begin; K1 = v6; rescue Exception; end
begin
  v11 = lambda do
    begin; C1.send(:alias_method, :m11, :m8); rescue Exception; end
    nil
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m7, :flatten); rescue Exception; end
begin; v12 = (3..6).respond_to?(:m6, true); rescue Exception; end
begin
  class << v11
    begin; v13 = :y0.method(:m4); rescue Exception; end
  end
rescue Exception
end
begin; v14 = C1.new(self, 17.5); rescue Exception; end
begin; v15 = v6.send(:m2, k0: v0); rescue Exception; end
begin; K2 = v0; rescue Exception; end
