GC.start
begin; v0 = 17.5.respond_to?(:m0); rescue Exception; end
begin
  module M0
    begin; v1 = [10, 20, 30, 40][90]; rescue Exception; end
    begin; v2 = -0.5; rescue Exception; end
  end
rescue Exception
end
begin; v3 = Struct.new(:f0); rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; v4 = 68.respond_to?(:clamp); rescue Exception; end
begin; v5 = self.method(:m1); rescue Exception; end
begin
  class << v0
    begin
      class C1 < StandardError
        begin; Array.send(:alias_method, :m1, :clamp); rescue Exception; end
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn1")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn1") || super
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v4.public_send(:m2) do |a0, a1|
    begin
      class C2 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; C2.send(:include, M0); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v6 = C1.instance_method(:clamp); rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; v8 = C2.new(); rescue Exception; end
    begin; v9 = v8.public_send(:m3, v8); rescue Exception; end
  end
rescue Exception
end
begin; v3.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin
  v7.public_send(:m3, 1) do |o0 = 0|
    begin; v10 = [o0].include?(o0); rescue Exception; end
    v5
  end
rescue Exception
end
begin; v11 = v7.dup; rescue Exception; end
begin; C2.send(:include, M0); rescue Exception; end
begin
  v12 = lambda do |a0, *rest, p0|
    v4
  end
rescue Exception
end
begin; v3.send(:initialize, 1); rescue Exception; end
begin; v11.singleton_class.send(:remove_method, :m4); rescue Exception; end
begin; v13 = [v11, v6, v12]; rescue Exception; end
