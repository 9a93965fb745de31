begin
  begin
    begin; Object.send(:include, Comparable); rescue Exception; end
    begin; "s7".method(:downto).call(); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; Range.send(:alias_method, :m0, :m0); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v0.m0(v0, v0); rescue Exception; end
begin
  (1..5).m1(k0: 4.5) do |a0|
    v0
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin
      v1 = proc do
        v0
      end
    rescue Exception
    end
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v2 = v0.clone; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; Object.send(:include, Comparable); rescue Exception; end
    begin; alias m2 step; rescue Exception; end
  end
rescue Exception
end
begin; ($stash ||= []).concat(Array.new(2) { |j| [[j], { j => [j] }] }); rescue Exception; end
begin; v3 = v0.m3(k0: 2); rescue Exception; end
begin
  class << v3
    begin; alias_method :m4, :m1; rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m5, :downto); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m6, :m7); rescue Exception; end
begin; Range.send(:alias_method, :m8, :step); rescue Exception; end
begin
  class C0 < String
    begin; C0.send(:remove_method, :m5); rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  GC.start
  def hold1
    x = nil
    pr = proc { x }
    GC.start; GC.start; GC.start
    x = $stash.shift
    pr
  end
  h1 = hold1
rescue Exception
end
begin
  GC.start
  h2 = (proc { c = nil; proc { |y| c = y } }).call
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.call($stash.shift) }
rescue Exception
end
begin
  C0.send(:define_method, :m6) do |a0, o0 = 0|
    v3
  end
rescue Exception
end
begin
  v4 = proc do |a0, &blk|
    blk
  end
rescue Exception
end
begin; v5 = Float(true); rescue Exception; end
begin
  class << v5
    begin
      :y1.empty?() do |k0: 1, **kws|
        begin; v6 = C0.new(); rescue Exception; end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
