GC.start
begin
  module M0
    begin; alias_method :m0, :m0; rescue Exception; end
  end
rescue Exception
end
begin; v0 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class << v0
    begin
      Integer.send(:define_method, :m1) do
        71
      end
    rescue Exception
    end
    begin; String.send(:alias_method, :m2, :message); rescue Exception; end
  end
rescue Exception
end
begin; v1 = v0.new(); rescue Exception; end
begin
  v2 = Proc.new do |a0, a1|
    begin; v3 = v0.respond_to?(:m3); rescue Exception; end
    a0
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(7) { |j| [[j], { j => [j] }] }); rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m4, :message); rescue Exception; end
begin
  def m5()
    98
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; v4 = {:k0 => v1, :k1 => v1}; rescue Exception; end
    begin; Range.send(:alias_method, :m5, :m2); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
    begin; K0 = v1; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  5.times do |i|
    begin
      v5 = proc do |a0|
        begin; K1 = v0; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = Object.new(:y1); rescue Exception; end
GC.start
