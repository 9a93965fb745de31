begin; ($stash ||= []).concat(Array.new(8) { |j| proc { j } }); rescue Exception; end
GC.start
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin
  def m0()
    begin
      v0 = true.send(:m1) do |k0: 1|
        begin
          Hash.send(:define_method, :m2) do |o0 = 0|
            99
          end
        rescue Exception
        end
        28
      end
    rescue Exception
    end
    begin; v1 = v0.send(:m1); rescue Exception; end
    12.5
  end
rescue Exception
end
begin; v2 = self.send(:m3, 1); rescue Exception; end
begin; Object.send(:alias_method, :m2, :message); rescue Exception; end
begin
  v4 = Fiber.new do |x|
    begin
      v3 = ->() do
        begin; C0.send(:remove_method, :m2); rescue Exception; end
        v2
      end
    rescue Exception
    end
    begin; K0 = 5.5; rescue Exception; end
    Fiber.yield(x)
    v2
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  def m1(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      v5 = lambda do
        begin; v6 = nil.method(:m4); rescue Exception; end
        begin; 50.times { |i| Object.new }; rescue Exception; end
        :y5
      end
    rescue Exception
    end
    begin; v5.freeze; rescue Exception; end
    blk
  end
rescue Exception
end
begin; v4.public_send(:m3, v2, k0: 3); rescue Exception; end
begin; Range.send(:alias_method, :m5, :m6); rescue Exception; end
begin
  class String
    begin; alias m7 ljust; rescue Exception; end
  end
rescue Exception
end
begin; v7 = true; rescue Exception; end
begin; K1 = v2; rescue Exception; end
begin
  class C0
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
    begin; C0.send(:remove_method, :m1); rescue Exception; end
    begin; C0.instance_variable_set(:@k1, :y1); rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v7.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; v8 = [v2, v4, v2]; rescue Exception; end
begin; Kernel.send(:alias_method, :m2, :__inspect_recursive?); rescue Exception; end
begin
  class << v4
    begin
      module M1
        begin; eval("begin; v9 = C0.class_variable_get(:@@k1); rescue Exception; end"); rescue Exception; end
        begin
          class C2 < String
            begin; C0.send(:prepend, M1); rescue Exception; end
            begin; C0.send(:prepend, M1); rescue Exception; end
            begin; String.send(:alias_method, :m8, :__inspect_recursive?); rescue Exception; end
            begin; alias_method :m0, :strip; rescue Exception; end
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
  v10 = Fiber.new do |x|
    Fiber.yield(x)
    v2
  end
rescue Exception
end
begin; v11 = Object.new(); rescue Exception; end
begin; v12 = [v4].include?(v11); rescue Exception; end
begin; v13 = v11.singleton_class; rescue Exception; end
begin; v14 = v10.public_send(:m3, *v8); rescue Exception; end
begin; v15 = v13.method(:ljust); rescue Exception; end
begin; C0.class_variable_set(:@@k1, K1); rescue Exception; end
begin
  class C3 < Array
    begin; v16 = C3.new(); rescue Exception; end
    begin
      class << v16
        begin; v17 = C3.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v18 = v16.dup; rescue Exception; end
    begin; Numeric.send(:alias_method, :m9, :m10); rescue Exception; end
  end
rescue Exception
end
GC.start
