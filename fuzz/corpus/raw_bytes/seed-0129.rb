begin; ($stash ||= []).concat(Array.new(6) { |j| Object.new }); rescue Exception; end
GC.start
begin; M0.send(:undef_method, :index); rescue Exception; end
begin
  v0 = proc do
    (0..4)
  end
rescue Exception
end
begin; v1 = Struct.new(:f0); rescue Exception; end
begin; v2 = 47; rescue Exception; end
begin; v3 = v2.send(:downto, "s19", k0: 3); rescue Exception; end
begin; v4 = v0.call(v1, k0: 3); rescue Exception; end
begin; v5 = { v3 => 1, nil => 2 }[v3]; rescue Exception; end
begin; v6 = v4.method(:m0); rescue Exception; end
begin
  class Hash
    begin; alias m1 to_proc; rescue Exception; end
  end
rescue Exception
end
begin; v7 = 1 + (0..5); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(4) { |j| proc { j } }); rescue Exception; end
begin; v8 = Array(v6); rescue Exception; end
begin
  class << v1
    begin; v9 = Object.new(); rescue Exception; end
    begin
      30.times do |i|
        begin; v9.instance_variable_set(:@i2, v9); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = v1.new(v4, true); rescue Exception; end
begin; K0 = v7; rescue Exception; end
begin; v11 = v3.m2(); rescue Exception; end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin; v12 = self.sum(38, v6); rescue Exception; end
begin; v13 = (v2..K0).include?(v2); rescue Exception; end
begin
  module M0
    begin; v14 = 60.round(); rescue Exception; end
    begin; Numeric.send(:alias_method, :m1, :index); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < String
    begin; K1 = 15.5; rescue Exception; end
    begin; C1.send(:alias_method, :m3, :to_proc); rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h1 = Class.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.send(:define_method, :m1, $stash.shift) }
rescue Exception
end
begin
  begin
    begin; Integer.send(:alias_method, :m4, :m0); rescue Exception; end
    begin; v15 = Struct.new(:f0, :f1); rescue Exception; end
  rescue => e
    begin; v16 = {}; rescue Exception; end
    begin; 10.times { |i| Object.new }; rescue Exception; end
  ensure
    begin; K2 = v11; rescue Exception; end
  end
rescue Exception
end
GC.start
