GC.start
begin; v0 = ("s11"..true).include?("s11"); rescue Exception; end
begin; v1 = {:k0 => :y5, :k1 => (1..6)}; rescue Exception; end
begin; v2 = v1.clone; rescue Exception; end
begin; v3 = 49; rescue Exception; end
begin; v4 = []; rescue Exception; end
begin; v5 = Object.new(v2); rescue Exception; end
begin; v4 << v0; rescue Exception; end
begin; v6 = v5.dup; rescue Exception; end
begin
  String.send(:define_method, :m0) do |a0, a1|
    begin
      Object.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          v6.singleton_class.send(:define_method, :m1) do |a0, *rest, p0|
            begin; v7 = Object.new(v1, o0); rescue Exception; end
            begin; 300.times { |i| proc { i } }; rescue Exception; end
            self
          end
        rescue Exception
        end
        rest
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
GC.start
begin; v6.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end
begin; Comparable.send(:alias_method, :m4, :between?); rescue Exception; end
begin
  class << v4
    begin; v8 = self.public_send(:m5, 65, 19.5); rescue Exception; end
    begin; p v8; rescue Exception; end
    begin
      class << v8
        begin; p 3.5; rescue Exception; end
        begin; self.send(:include, Comparable); rescue Exception; end
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
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 << v0; rescue Exception; end
begin
  v9 = Fiber.new do |x|
    Fiber.yield(x)
    v3
  end
rescue Exception
end
begin
  v1.singleton_class.send(:define_method, :m6) do |a0, o0 = 0|
    v6
  end
rescue Exception
end
begin
  v10 = proc do |a0, &blk|
    begin; Numeric.send(:alias_method, :m7, :between?); rescue Exception; end
    blk
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m8, :between?); rescue Exception; end
begin; v11 = String(17.5); rescue Exception; end
begin
  module M0
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
  v12 = ->() do
    begin; v5.m9(v6, v5); rescue Exception; end
    self
  end
rescue Exception
end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; Hash.send(:alias_method, :m10, :"<"); rescue Exception; end
begin
  3.times do |i|
    begin; Hash.send(:alias_method, :m9, :"<"); rescue Exception; end
    begin; v6.singleton_class.send(:alias_method, :m1, :"<"); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:include, M0); rescue Exception; end
begin
  v13 = proc do |a0|
    a0
  end
rescue Exception
end
begin; Object.send(:include, M0); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; p 92; rescue Exception; end
