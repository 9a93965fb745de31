GC.start
begin
  module M0
    begin; v0 = 93.respond_to?(:m0); rescue Exception; end
    begin; 100.times { |i| proc { i } }; rescue Exception; end
    begin
      def m0(a0)
        begin; v1 = Range.instance_method(:clamp); rescue Exception; end
        begin
          def m1(o0 = 0)
            begin; v2 = Struct.new(:f0); rescue Exception; end
            begin; v3 = {:k0 => nil, :k1 => v2}; rescue Exception; end
            o0
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
begin; 10.times { |i| Object.new }; rescue Exception; end
begin
  Hash.class_eval do
    begin; Object.send(:alias_method, :m0, :clamp); rescue Exception; end
    begin
      76.send(:"<<", k0: true) do |a0, a1|
        begin
          self.m1(1) do
            begin; Numeric.send(:alias_method, :m1, :clamp); rescue Exception; end
            "s0"
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
begin
  module M1
    begin; 10.times { |i| { i => i } }; rescue Exception; end
    begin; 50.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:alias_method, :m2, :m2); rescue Exception; end
begin; v4 = 11; rescue Exception; end
begin; Comparable.send(:alias_method, :m3, :clamp); rescue Exception; end
begin; v5 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v6 = v5.respond_to?(:m4); rescue Exception; end
begin
  begin
    begin
      module M2
        begin
          10.times do |i|
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m5()
        begin; Array.send(:alias_method, :m6, :clamp); rescue Exception; end
        begin; v7 = Object.new(); rescue Exception; end
        56
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      Integer.send(:define_method, :m3) do |k0: 1, **kws|
        begin
          v8 = ->() do
            begin
              v5.singleton_class.send(:define_method, :m7) do |o0 = 0|
                v5
              end
            rescue Exception
            end
            k0
          end
        rescue Exception
        end
        :y5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = v5.send(:inherited); rescue Exception; end
begin
  class C3
    begin
      v10 = Proc.new do |a0|
        begin; v11 = C3.new(); rescue Exception; end
        begin
          class << v11
            begin; alias_method :m8, :clamp; rescue Exception; end
            begin; K0 = :y4; rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin
      v10.singleton_class.send(:define_method, :m8) do |a0, &blk|
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m7, :clamp); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m9, :clamp); rescue Exception; end
begin; Comparable.send(:alias_method, :m9, :clamp); rescue Exception; end
begin; v5.freeze; rescue Exception; end
