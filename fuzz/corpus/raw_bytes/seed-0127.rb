begin; ($stash ||= []).concat(Array.new(11) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
GC.start
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v0 = nil; rescue Exception; end
begin
  v1 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    begin; eval("begin\n  class Hash\n    begin; alias m0 each_pair; rescue Exception; end\n    begin; alias_method :m0, :each_pair; rescue Exception; end\n  end\nrescue Exception\nend\nbegin; v2 = \"s12\"; rescue Exception; end"); rescue Exception; end
    rest
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin
  module M0
    begin; v3 = nil; rescue Exception; end
    GC.start
    begin; v4 = (v3..v3).include?(v3); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  v5 = proc do
    v1
  end
rescue Exception
end
begin
  1.times do |i|
    begin
      def v1.m0(a0, a1)
        a1
      end
    rescue Exception
    end
    begin; v6 = Struct.new(:f0); rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin
  class Hash
    begin; alias_method :m0, :each_pair; rescue Exception; end
  end
rescue Exception
end
begin; v7 = self.method(:each_pair); rescue Exception; end
begin
  class Hash
    begin; alias_method :m0, :each_pair; rescue Exception; end
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin
  String.send(:define_method, :m0) do |a0|
    v7
  end
rescue Exception
end
begin; M0.send(:undef_method, :m1); rescue Exception; end
begin; K0 = v0; rescue Exception; end
GC.start
