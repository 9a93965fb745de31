GC.start
begin
  v0 = proc do
    begin; v1 = :y2.respond_to?(:m0, true); rescue Exception; end
    11
  end
rescue Exception
end
begin
  class C0
    begin
      v2 = ->() do
        begin; v3 = Object.new(); rescue Exception; end
        begin
          5.times do |i|
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    GC.start
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
begin; v4 = C0.new(); rescue Exception; end
begin; C0.instance_variable_set(:@k0, nil); rescue Exception; end
begin; C0.instance_variable_set(:@k1, v0); rescue Exception; end
GC.start
begin; v5 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  3.times do |i|
    begin
      class << v0
        begin; C0.send(:remove_method, :m1); rescue Exception; end
      end
    rescue Exception
    end
    begin; v0.singleton_class.send(:alias_method, :m2, :times); rescue Exception; end
  end
rescue Exception
end
begin; v6 = true; rescue Exception; end
begin; v7 = v0.respond_to?(:m3, true); rescue Exception; end
begin; v8 = C0.new(); rescue Exception; end
begin
  v9 = lambda do |k0: 1|
    begin
      class Integer
        begin; alias m4 times; rescue Exception; end
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin
  def m1(a0, &blk)
    blk
  end
rescue Exception
end
begin
  v10 = proc do
    begin
      class Integer
        begin; alias m5 times; rescue Exception; end
      end
    rescue Exception
    end
    v7
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k2, 38); rescue Exception; end
begin; p "s15"; rescue Exception; end
begin
  class C1
    begin; v11 = 0.5.respond_to?(:m3); rescue Exception; end
    begin; v12 = [v11].include?(v11); rescue Exception; end
    begin; alias m6 times; rescue Exception; end
  end
rescue Exception
end
begin
  v16 = v5.public_send(:attached_object, k0: "s12") do
    begin; eval("begin; v13 = v9.to_proc; rescue Exception; end\nbegin\n  class << v7\n    begin; v14 = nil; rescue Exception; end\n    begin; v15 = C1.new(v14, :y0); rescue Exception; end\n    begin; v15.m2(v14); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
    v4
  end
rescue Exception
end
begin
  5.times do |i|
    begin; v17 = 1 + nil; rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    GC.start
    begin; alias m1 allbits?; rescue Exception; end
    begin
      class C3 < C2
        begin; v18 = :y4; rescue Exception; end
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
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  C2.class_eval do
    begin; 10.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin
  r1001 = 0
  begin
    begin
      v19 = Class.new(C2) do
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
        begin
          v20 = "s12".send(:each_byte, 7.5) do
            begin; self.m7(); rescue Exception; end
            41
          end
        rescue Exception
        end
        begin; v21 = (v20..v20).include?(v20); rescue Exception; end
        begin; alias_method :m8, :times; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1001 += 1
    retry if r1001 < 2
  end
rescue Exception
end
begin; v22 = Struct.new(:f0); rescue Exception; end
begin
  v8.instance_eval do
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v23 = [v9]; rescue Exception; end
begin
  def v8.m9(a0)
    begin; v24 = C3.new((4..9), "s1"); rescue Exception; end
    a0
  end
rescue Exception
end
