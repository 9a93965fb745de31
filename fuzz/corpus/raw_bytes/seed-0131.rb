begin; v0 = (2..6).send(:"===", :y0, self); rescue Exception; end
begin; v1 = Object.new(1); rescue Exception; end
begin; Object.class_variable_set(:@@k0, v0); rescue Exception; end
begin; p 17.5; rescue Exception; end
begin
  begin
    begin
      module M0
        begin; alias m0 min; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; v2 = 45; rescue Exception; end
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin
  def v1.m1(a0, &blk)
    a0
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m2, :max); rescue Exception; end
begin; v4 = v3.instance_variable_get(:@i1); rescue Exception; end
begin; v5 = v1.instance_variable_get(:@i0); rescue Exception; end
begin; v3.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin; v6 = {:k0 => v0, :k1 => v1}; rescue Exception; end
GC.start
begin; v7 = [v4]; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v8 = {}; rescue Exception; end
begin; v9 = nil; rescue Exception; end
begin
  v6.instance_eval do
    begin; v10 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v11 = Class.new(String) do
    begin
      class C2 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v12 = C2.new(); rescue Exception; end
        begin; v12.freeze; rescue Exception; end
        begin
          def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
          def to_str; "c#{to_int}"; end
          def to_ary; [to_int, to_str]; end
          def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
          def hash; to_int.hash; end
          def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
          def ==(o); eql?(o); end
          def coerce(o); [o, to_int]; end
        rescue Exception
        end
        begin; Numeric.send(:alias_method, :m3, :abs); rescue Exception; end
      end
    rescue Exception
    end
    begin
      String.send(:define_method, :m1) do |a0, *rest, p0|
        begin; alias_method :m4, :abs; rescue Exception; end
        begin; v13 = nil; rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m5, :m6); rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:alias_method, :m7, :keep_if); rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v14 = [v3, v11].sort; rescue Exception; end
begin; v15 = v3.instance_variable_get(:@i2); rescue Exception; end
begin; v16 = v3.respond_to?(:m8, true); rescue Exception; end
begin
  v3.instance_eval do
    begin; 100.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin
  module M3
    begin
      def m9(a0, &blk)
        begin; v17 = "abc" + (3..7); rescue Exception; end
        begin; Object.extend(M3); rescue Exception; end
        64
      end
    rescue Exception
    end
    begin; v18 = nil; rescue Exception; end
    begin
      v19 = Fiber.new do |x|
        begin; C1.send(:alias_method, :m10, :m4); rescue Exception; end
        Fiber.yield(x)
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
