begin; ($stash ||= []).concat(Array.new(10) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class C0 < String
    begin; v2 = (0..4).method(:to_h); rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin
      v3 = Class.new(Numeric) do
        begin
          def m0(a0)
            begin; -0.5.method(:divmod).call(); rescue Exception; end
            begin; p self; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin
          class Array
            begin; alias_method :m1, :to_h; rescue Exception; end
            begin; alias_method :m2, :m3; rescue Exception; end
          end
        rescue Exception
        end
        begin; C1.send(:alias_method, :m2, :to_h); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; p v1; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  ensure
    begin; 300.times { |i| proc { i } }; rescue Exception; end
    begin; v1.singleton_class.send(:alias_method, :m4, :to_h); rescue Exception; end
  end
rescue Exception
end
begin; v4 = v1.new(); rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v5 = :y2; rescue Exception; end
begin; v6 = C1.new(v5); rescue Exception; end
begin
  class Array
    begin; alias m1 to_h; rescue Exception; end
  end
rescue Exception
end
begin; v7 = 11.5; rescue Exception; end
begin; 30.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; 8.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v0.instance_variable_set(:@i1, v6); rescue Exception; end
begin
  class << v1
    begin
      10.times do |i|
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m5, :to_h); rescue Exception; end
    begin; K0 = 37; rescue Exception; end
  end
rescue Exception
end
begin
  def m6(a0, a1)
    begin; v8 = Object.new(); rescue Exception; end
    a1
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; C1.send(:prepend, Enumerable); rescue Exception; end
begin; v9 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v10 = C1.new(); rescue Exception; end
GC.start
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v4[2] = $stash.shift }; rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; C0.instance_variable_set(:@k0, 16); rescue Exception; end
GC.start
begin; v11 = ["s2", 19].max; rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.replace([$stash.shift]) }
rescue Exception
end
begin
  begin
    begin
      class << v0
        begin; v12 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin; v6.singleton_class.send(:alias_method, :m0, :to_h); rescue Exception; end
    begin; v13 = C1.new(); rescue Exception; end
  end
rescue Exception
end
GC.start
