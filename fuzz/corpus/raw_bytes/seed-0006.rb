GC.start
begin
  1.times do |i|
    begin; Object.send(:include, Enumerable); rescue Exception; end
    begin; Object.instance_variable_set(:@k2, 66); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :"+@"); rescue Exception; end
begin; Range.send(:alias_method, :m0, :dig); rescue Exception; end
begin
  String.send(:define_method, :m1) do
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    "s15"
  end
rescue Exception
end
GC.start
begin
  v0 = proc do
    self
  end
rescue Exception
end
begin
  v1 = v0.m0(8.5) do |a0, a1|
    GC.start
    a0
  end
rescue Exception
end
begin
  v2 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m2()
        begin; v3 = C0.instance_variable_get(:@k1); rescue Exception; end
        begin; v4 = Object.new(); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin; alias_method :m3, :dig; rescue Exception; end
    begin; v5 = C0.new(k0: (1..3)); rescue Exception; end
  end
rescue Exception
end
begin; v6 = C0.new(&v0); rescue Exception; end
begin
  class << v0
    begin; v7 = nil; rescue Exception; end
    begin; v8 = 42; rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; C0.send(:undef_method, :m4); rescue Exception; end
begin
  v9 = proc do
    begin; v10 = v0.to_proc; rescue Exception; end
    begin
      v11 = lambda do |a0, *rest, p0|
        begin
          v12 = v6.m5(k0: true) do |a0, o0 = 0, *rest, k0: 1, &blk|
            10.5
          end
        rescue Exception
        end
        :y2
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin
  v0.send(:"+@", 1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    rest
  end
rescue Exception
end
begin
  module M1
    begin
      def self.m6()
        GC.start
        begin; C0.instance_variable_set(:@k0, 56); rescue Exception; end
        true
      end
    rescue Exception
    end
    begin
      v13 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v14 = C0.new(); rescue Exception; end
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
        "s17"
      end
    rescue Exception
    end
    begin; Numeric.send(:alias_method, :m7, :"+@"); rescue Exception; end
  end
rescue Exception
end
begin; v2.freeze; rescue Exception; end
begin; v15 = C0.new(v2); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin
  def v6.m8(a0, &blk)
    begin
      v16 = proc do |a0, o0 = 0|
        59
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin
  class C2 < Array
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
