begin; v0 = ("s11"..true).include?("s11"); rescue Exception; end
begin; v1 = {:k0 => :y5, :k1 => (1..6)}; rescue Exception; end
begin; v2 = v1.clone; rescue Exception; end
begin; v3 = 49; rescue Exception; end
begin; v4 = []; rescue Exception; end
begin; v5 = Object.new(v2); rescue Exception; end
begin; v4 << v0; rescue Exception; end
begin; v6 = v5.dup; rescue Exception; end
begin; v7 = self.method(:m0); rescue Exception; end
begin
  v9 = v4.method(:"==").call(9.5) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v8 = v6.clone; rescue Exception; end
    rest
  end
rescue Exception
end
begin
  def m0(k0: 1)
    GC.start
    begin; Object.send(:include, Enumerable); rescue Exception; end
    k0
  end
rescue Exception
end
begin
  class << v7
    begin; v10 = Object.new(10); rescue Exception; end
    begin
      Numeric.class_eval do
        begin; p v10; rescue Exception; end
      end
    rescue Exception
    end
    begin; v11 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v12 = v6.instance_variable_get(:@i2); rescue Exception; end
begin; Object.class_variable_set(:@@k2, v9); rescue Exception; end
begin; K0 = v3; rescue Exception; end
begin
  class << v1
    begin
      def self.m1()
        begin; p nil; rescue Exception; end
        18.5
      end
    rescue Exception
    end
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; C0.send(:include, Comparable); rescue Exception; end
      end
    rescue Exception
    end
    begin; v13 = 9; rescue Exception; end
  end
rescue Exception
end
begin
  begin
    GC.start
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v14 = v4.clone; rescue Exception; end
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m2, :between?); rescue Exception; end
begin; v15 = String(17.5); rescue Exception; end
begin
  module M1
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
  end
rescue Exception
end
begin
  v16 = ->() do
    begin; v5.m3(v6, v5); rescue Exception; end
    self
  end
rescue Exception
end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; C0.send(:alias_method, :m4, :"<"); rescue Exception; end
begin
  3.times do |i|
    begin
      class Integer
        begin; alias m3 :"<"; rescue Exception; end
      end
    rescue Exception
    end
    begin; v6.singleton_class.send(:alias_method, :m3, :between?); rescue Exception; end
  end
rescue Exception
end
begin; v6.freeze; rescue Exception; end
begin; v17 = C0.new(v1); rescue Exception; end
begin
  module M2
    begin; C0.send(:alias_method, :m5, :between?); rescue Exception; end
  end
rescue Exception
end
begin; v18 = :y5.to_proc(); rescue Exception; end
begin; C0.send(:alias_method, :m6, :"<"); rescue Exception; end
begin
  v19 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    o0
  end
rescue Exception
end
