begin; ($stash ||= []).concat(Array.new(11) { |j| proc { j } }); rescue Exception; end
GC.start
begin; Integer.send(:alias_method, :m0, :between?); rescue Exception; end
begin
  v0 = Class.new(Object) do
    begin; C0.send(:alias_method, :m1, :m1); rescue Exception; end
    begin; v1 = "s15"; rescue Exception; end
    begin
      v2 = Proc.new do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          class C1 < Hash
            begin
              def m1(a0)
                a0
              end
            rescue Exception
            end
            begin; C0.send(:alias_method, :m0, :m2); rescue Exception; end
            begin; alias_method :m3, :select!; rescue Exception; end
            begin; v3 = [(1..2), 40, (1..2)].sort { |x, y| y <=> x }; rescue Exception; end
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = Struct.new(:f0, :f1); rescue Exception; end
begin; v5 = v4.singleton_class; rescue Exception; end
begin; v6 = :y2.to_proc(31); rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  class C2 < Exception
    begin; C0.extend(Comparable); rescue Exception; end
  end
rescue Exception
end
begin; v7 = v4.singleton_class; rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v8 = C0.new(); rescue Exception; end
begin
  v10 = Fiber.new do |x|
    begin; v9 = Integer(true); rescue Exception; end
    begin; 8.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    Fiber.yield(x)
    v4
  end
rescue Exception
end
begin
  class << v4
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
begin
  def v8.m2(a0)
    begin
      v11 = proc do |a0, *rest, p0|
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
        55
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
begin; v12 = Array((3..4)); rescue Exception; end
begin; Integer.send(:alias_method, :m4, :each_pair); rescue Exception; end
begin; v4.send(:undef_method, :m4); rescue Exception; end
begin
  def m5()
    begin
      v13 = (3..4).m6(self, k0: 3) do |a0, o0 = 0, *rest, k0: 1, &blk|
        38
      end
    rescue Exception
    end
    begin; Range.send(:alias_method, :m7, :between?); rescue Exception; end
    self
  end
rescue Exception
end
begin; v5.extend(Enumerable); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin
  v14 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    self
  end
rescue Exception
end
begin
  class << v7
    begin
      v15 = Class.new(Object) do
        begin
          v16 = lambda do |a0, *rest|
            a0
          end
        rescue Exception
        end
        begin; v17 = [v16, 50].sort; rescue Exception; end
        begin; v18 = C0.new(7, k0: 3); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m5()
        begin
          Integer.send(:define_method, :m8) do |o0 = 0|
            begin; Object.const_set(:K0, 12); rescue Exception; end
            begin; C3.class_variable_set(:@@k1, true); rescue Exception; end
            nil
          end
        rescue Exception
        end
        begin; C0.send(:remove_method, :m9); rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m10(a0, &blk)
    begin; v19 = C0.class_variable_get(:@@k2); rescue Exception; end
    4.5
  end
rescue Exception
end
begin; v8.instance_variable_set(:@i3, "s16"); rescue Exception; end
begin; C3.send(:alias_method, :m11, :m11); rescue Exception; end
GC.start
