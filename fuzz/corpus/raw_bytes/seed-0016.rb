begin; ($stash ||= []).concat(Array.new(6) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; v1 = Object.instance_variable_get(:@k1); rescue Exception; end
    begin; v2 = []; rescue Exception; end
    begin; C0.send(:remove_method, :member?); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin; v3 = v0.respond_to?(:m1); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; Object.send(:alias_method, :m1, :member?); rescue Exception; end
begin; v4 = 66; rescue Exception; end
begin
  v5 = Class.new(Exception) do
    begin
      v6 = proc do
        begin
          Range.send(:define_method, :m2) do |a0|
            begin; v7 = [10, 20, 30, 40][9]; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin
          v8 = 3.5.modulo() do
            30
          end
        rescue Exception
        end
        2.5
      end
    rescue Exception
    end
    begin; v9 = [["s8"], [v6]].flatten; rescue Exception; end
    begin; v10 = 29.respond_to?(:m3); rescue Exception; end
    begin; v11 = C0.instance_variable_get(:@k1); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v12 = [99, :y2]; rescue Exception; end
    GC.start
    GC.start
  end
rescue Exception
end
begin; v13 = v5.send(:m4); rescue Exception; end
begin
  class Struct
    begin; alias m0 each_pair; rescue Exception; end
    begin; alias_method :m5, :member?; rescue Exception; end
  end
rescue Exception
end
begin; v14 = C0.new(1); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v13.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; C0.instance_variable_set(:@k1, v4); rescue Exception; end
begin
  v15 = Class.new(C0) do
    begin; 50.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; K0 = v4; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v16 = v15.public_send(:initialize, true); rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v14.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
GC.start
begin
  def v14.m6()
    25
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m7, :member?); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
GC.start
