begin; ($stash ||= []).concat(Array.new(10) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = proc do |a0|
    begin; 300.times { |i| Object.new }; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin; K0 = "s11"; rescue Exception; end
begin; v2 = v1.respond_to?(:m0); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v3 << $stash.shift }; rescue Exception; end
begin
  v7 = 56.send(:"**") do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; p nil; rescue Exception; end
    begin
      class C0 < Array
        begin; p 6.5; rescue Exception; end
        begin
          v4 = Fiber.new do |x|
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
            Fiber.yield(x)
            K0
          end
        rescue Exception
        end
        begin; v5 = 64; rescue Exception; end
        begin; v6 = {:k0 => K0}; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v8 = Class.new(Hash) do
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    begin; v9 = C0.new(); rescue Exception; end
    begin; Object.const_set(:K1, v9); rescue Exception; end
    begin
      v10 = lambda do |a0, a1|
        begin
          v11 = proc do |a0, o0 = 0|
            begin; C1.send(:alias_method, :m1, :allbits?); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin
          class << v11
            begin
              C0.send(:define_method, :m2) do
                "s1"
              end
            rescue Exception
            end
            begin; v12 = 68; rescue Exception; end
          end
        rescue Exception
        end
        42
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin; v13 = Object.new(1); rescue Exception; end
begin
  v8.singleton_class.send(:define_method, :m3) do |a0|
    begin; v14 = v7.method(:next); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v8.instance_variable_set(:@i3, self); rescue Exception; end
begin; v15 = [self]; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0 << $stash.shift }; rescue Exception; end
begin; v16 = C0.new(); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v16.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin
  class Numeric
    begin; alias_method :m4, :allbits?; rescue Exception; end
  end
rescue Exception
end
begin; v17 = [self, v16].sort; rescue Exception; end
begin
  class << v7
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 8.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
GC.start
