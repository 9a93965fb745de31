GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = v1.respond_to?(:m0, true); rescue Exception; end
begin; v3 = Object.new(v0, v1); rescue Exception; end
begin; v4 = Struct.new(:f0); rescue Exception; end
begin; v5 = :upcase; rescue Exception; end
begin; Range.send(:alias_method, :m1, :step); rescue Exception; end
begin; v6 = 3.5; rescue Exception; end
begin
  module M0
    begin
      v7 = :y0.upcase() do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          def self.m1()
            GC.start
            11.5
          end
        rescue Exception
        end
        blk
      end
    rescue Exception
    end
    begin; Hash.send(:alias_method, :m2, :step); rescue Exception; end
  end
rescue Exception
end
begin; v1.m3(&v5); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
GC.start
begin; Object.send(:include, M0); rescue Exception; end
begin
  v8 = Class.new(Object) do
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
    begin
      module M2
        begin; C1.send(:undef_method, :m1); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m4(a0, o0 = 0)
        begin
          def m0(a0)
            begin; v9 = Object.new(); rescue Exception; end
            begin; v10 = v9.method(:m5); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; Object.const_set(:K0, :y0); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4.send(:include, M2); rescue Exception; end
begin; C1.send(:include, M0); rescue Exception; end
begin; v11 = {}; rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; v12 = [v2, :y4]; rescue Exception; end
begin; v3.instance_variable_set(:@i0, v8); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m6, :step); rescue Exception; end
begin
  def m7(k0: 1, **kws)
    begin
      1.times do |i|
      end
    rescue Exception
    end
    kws
  end
rescue Exception
end
