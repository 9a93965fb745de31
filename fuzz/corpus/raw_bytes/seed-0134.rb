GC.start
begin
  v0 = proc do |a0, a1|
    begin
      v1 = Class.new(Array) do
        GC.start
        begin; C0.send(:undef_method, :each_with_object); rescue Exception; end
        begin
          begin
            begin; v2 = nil; rescue Exception; end
          rescue => e
          ensure
            begin; v3 = "abc" + nil; rescue Exception; end
            GC.start
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin
  v5 = self.m0(1.5, k0: 3) do |a0, *rest, p0|
    begin; v4 = {:k0 => v0}; rescue Exception; end
    rest
  end
rescue Exception
end
begin
  10.times do |i|
    begin; C0.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin
  class << v5
    begin; v6 = C0.new(); rescue Exception; end
    begin; v7 = v6.respond_to?(:m1, true); rescue Exception; end
    begin
      class C1 < Array
        begin; v8 = [19.5, :y5, true]; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v9 = Class.new(C0) do
    begin; alias_method :m2, :m3; rescue Exception; end
    begin
      v10 = -1.public_send(:ceildiv, "s9") do
        (3..7)
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
  end
rescue Exception
end
begin; eval("begin\n  module M3\n    begin; v11 = (15.5..(0..1)).include?(15.5); rescue Exception; end\n    begin; v12 = v11.respond_to?(:m4, true); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  module M4
    begin
      v13 = Fiber.new do |x|
        Fiber.yield(x)
        54
      end
    rescue Exception
    end
    begin
      begin
        begin; v14 = v13.respond_to?(:m5); rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    begin
      v15 = proc do |a0, &blk|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin
  v9.instance_eval do
  end
rescue Exception
end
begin; v16 = C2.new(); rescue Exception; end
begin
  v17 = proc do
    begin; 300.times { |i| "x" * 8 }; rescue Exception; end
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; v18 = nil.m6(66); rescue Exception; end
    begin; v19 = C0.new(); rescue Exception; end
    begin; v20 = [v18, 40].uniq.size; rescue Exception; end
  end
rescue Exception
end
begin
  def m7(a0, a1)
    begin; v21 = [3.5, :y1].uniq.size; rescue Exception; end
    begin; C2.send(:alias_method, :m8, :m9); rescue Exception; end
    16.5
  end
rescue Exception
end
begin
  begin
    begin; v22 = v9.respond_to?(:m10); rescue Exception; end
  rescue => e
    begin; v23 = nil; rescue Exception; end
    begin
      module M5
        begin; v24 = true.m3(true, (2..3)); rescue Exception; end
      end
    rescue Exception
    end
  ensure
    begin
      v25 = Fiber.new do |x|
        begin
          Range.send(:define_method, :m11) do
            x
          end
        rescue Exception
        end
        Fiber.yield(x)
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin
  v5.method(:m9).call((1..1), v9) do |a0, &blk|
    a0
  end
rescue Exception
end
GC.start
begin; v26 = v9.new(k0: 2); rescue Exception; end
