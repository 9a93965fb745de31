begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; v0 = nil; rescue Exception; end
begin; v1 = {}; rescue Exception; end
begin; Array.send(:alias_method, :m0, :tap); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
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
    begin; v2 = (44..true).include?(44); rescue Exception; end
  end
rescue Exception
end
begin; v3 = C0.new(); rescue Exception; end
begin; C0.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  def v1.m1(a0)
    begin
      :y5.downcase() do |o0 = 0|
        begin
          v4 = proc do |a0, *rest|
            begin; v5 = nil.method(:product); rescue Exception; end
            self
          end
        rescue Exception
        end
        begin
          def m2()
            begin; raise RuntimeError, "x"; rescue Exception; end
            self
          end
        rescue Exception
        end
        (1..2)
      end
    rescue Exception
    end
    :y5
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; C0.send(:remove_method, :rstrip!); rescue Exception; end
begin
  v6 = proc do |a0, o0 = 0|
    o0
  end
rescue Exception
end
GC.start
begin; v1.singleton_class.send(:remove_method, :m3); rescue Exception; end
begin; C0.class_eval("begin\n  def m4(a0, &blk)\n    GC.start\n    18.5\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v7 = :y2.respond_to?(:m5); rescue Exception; end
begin; v8 = nil; rescue Exception; end
begin; p v3; rescue Exception; end
begin; v9 = v1.singleton_class; rescue Exception; end
begin; v10 = v9.new(); rescue Exception; end
begin; v1[true] = v9; rescue Exception; end
begin
  v11 = self.send(:m6, v3) do
    v9
  end
rescue Exception
end
begin
  class << v7
    begin
      v12 = proc do |a0|
        (2..2)
      end
    rescue Exception
    end
    begin; v13 = v12.respond_to?(:m1, true); rescue Exception; end
  end
rescue Exception
end
begin; v14 = v10.public_send(:m7, k0: v8); rescue Exception; end
begin
  class << v14
    begin; v15 = :upcase; rescue Exception; end
    begin
      "s12".squeeze(v15) do |a0, *rest|
        begin; alias m8 product; rescue Exception; end
        v15
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m2, :m9); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin; v16 = v9.new(&v6); rescue Exception; end
begin; 30.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
