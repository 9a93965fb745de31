GC.start
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin
  class C0
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
    begin; (0..4).begin(8, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; v0 = C0.new(); rescue Exception; end
begin
  C0.send(:define_method, :m0) do
    self
  end
rescue Exception
end
begin
  class << v0
    begin; v1 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v2 = :upcase; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :eql?); rescue Exception; end
begin
  def m2()
    true
  end
rescue Exception
end
begin
  v3 = lambda do
    begin; v0.public_send(:m3, k0: (1..4)); rescue Exception; end
    7.5
  end
rescue Exception
end
begin; p 76; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :eql?); rescue Exception; end
begin; v3.instance_variable_set(:@i2, v3); rescue Exception; end
begin; C0.send(:define_method, :m4, v3); rescue Exception; end
GC.start
begin; v4 = C0.new(v2); rescue Exception; end
begin
  class C1 < Hash
    begin
      v5 = proc do
        :y0
      end
    rescue Exception
    end
    begin; v6 = [v5]; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :m5); rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin
  class << v4
    begin; v7 = Object.new(); rescue Exception; end
    begin
      module M2
        begin
          class C3 < Numeric
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; v8 = [(2..2), "s13"]; rescue Exception; end
            begin; v9 = (4..6).method(:m6); rescue Exception; end
          end
        rescue Exception
        end
        begin
          def m7(a0, &blk)
            begin; v10 = 99.send(:"<=", 1); rescue Exception; end
            begin
              C0.send(:define_method, :m8) do |a0, o0 = 0|
                v10
              end
            rescue Exception
            end
            "s13"
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      module M4
        begin; v11 = []; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:include, M2); rescue Exception; end
begin; v12 = v2.respond_to?(:m9); rescue Exception; end
begin; v13 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class Numeric
    begin; alias m10 to_c; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :eql?); rescue Exception; end
begin
  class << v0
    begin
      class Hash
        begin; alias_method :m6, :">="; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = [v0, :y1, v13]; rescue Exception; end
