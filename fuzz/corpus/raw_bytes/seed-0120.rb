begin
  v0 = :y4.size() do
    begin
      module M0
        begin
          def m0(a0, o0 = 0)
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    "s12"
  end
rescue Exception
end
begin
  v1 = lambda do
    v0
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin
  def v1.m0(a0)
    K0
  end
rescue Exception
end
begin; v2 = v1.to_proc; rescue Exception; end
begin
  v3 = self.public_send(:m0, 1) do |a0, a1|
    a0
  end
rescue Exception
end
begin
  class Struct
    begin; alias_method :m0, :select; rescue Exception; end
  end
rescue Exception
end
begin; v4 = K0.method(:m1); rescue Exception; end
begin; K1 = 27; rescue Exception; end
GC.start
begin; v2.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end
begin
  module M1
    begin
      v5 = ->(o0 = 0) do
        begin
          v6 = true.public_send(:m3) do |a0, a1|
            (0..5)
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = v3.respond_to?(:m1); rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin; v1.instance_eval("begin; v9 = Object.new(); rescue Exception; end\nbegin; p 3.5; rescue Exception; end"); rescue Exception; end
begin; 100.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v10 = Object.new(); rescue Exception; end
begin
  class C2 < Hash
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
    begin; K2 = true; rescue Exception; end
    begin
      def self.m4(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v11 = Struct.new(:f0, :f1, :f2); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin; v12 = 45; rescue Exception; end
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m4, :tap); rescue Exception; end
begin; (0..5).send(:member?, k0: 2); rescue Exception; end
begin; v13 = nil.respond_to?(:m2); rescue Exception; end
