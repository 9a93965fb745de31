begin; ($stash ||= []).concat(Array.new(10) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  r1 = 0
  begin
  rescue => e
    begin; 10.times { |i| { i => i } }; rescue Exception; end
    begin; Hash.send(:alias_method, :m0, :m0); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v0 = [[:y2], [true]].flatten; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin
  class C0 < Numeric
    begin; v1 = {}; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      def m0()
        (0..0)
      end
    rescue Exception
    end
    GC.start
    begin
      def m1()
        begin; C0.send(:undef_method, :m2); rescue Exception; end
        begin; v2 = true; rescue Exception; end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m3, :m4); rescue Exception; end
begin; v3 = Object.new(k0: 2); rescue Exception; end
begin; v4 = Float(v3); rescue Exception; end
begin
  def m5(a0, o0 = 0)
    begin; Object.send(:alias_method, :m6, :dig); rescue Exception; end
    "s0"
  end
rescue Exception
end
begin
  GC.start
  def hold1
    x = nil
    pr = proc { x }
    GC.start
    x = $stash.shift
    pr
  end
  h1 = hold1
rescue Exception
end
begin; v5 = v3.m6(); rescue Exception; end
begin; v6 = v3.singleton_class; rescue Exception; end
begin; v7 = Struct.new(:f0, :f1); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    GC.start
  end
rescue Exception
end
begin; C0.send(:remove_method, :"+@"); rescue Exception; end
begin; v4.m3(); rescue Exception; end
begin; v6.singleton_class.send(:remove_method, :dig); rescue Exception; end
begin; C0.send(:prepend, Comparable); rescue Exception; end
begin; v8 = String.instance_method(:dig); rescue Exception; end
GC.start
