begin; ($stash ||= []).concat(Array.new(7) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; v0 = Object.instance_variable_get(:@k0); rescue Exception; end
begin
  v1 = proc do
    begin
      Object.send(:define_method, :m0) do |a0, a1|
        nil
      end
    rescue Exception
    end
    begin; v2 = [v0, v0]; rescue Exception; end
    v0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; p v0; rescue Exception; end
begin
  module M0
    begin; v3 = 11.5; rescue Exception; end
    begin
      v4 = proc do
        begin; v5 = v3.respond_to?(:m1); rescue Exception; end
        :y3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v6 = {:k0 => true}; rescue Exception; end
begin; v7 = Object.new(v6, k0: 3); rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin; v9 = Object.new(v0, v1); rescue Exception; end
begin; v0.index(v0, 6.5); rescue Exception; end
begin; eval(""); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; v10 = [v7, v1].uniq.size; rescue Exception; end
begin; v11 = [v9].include?(v6); rescue Exception; end
begin; v12 = v8.send(:m2); rescue Exception; end
begin; String.send(:alias_method, :m3, :index); rescue Exception; end
begin
  v10.index(v12, k0: 3) do
    begin
      v14 = Fiber.new do |x|
        begin; v13 = v1.downto(v12, v8); rescue Exception; end
        Fiber.yield(x)
        24
      end
    rescue Exception
    end
    v12
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v10.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; Object.instance_variable_set(:@k0, v8); rescue Exception; end
begin; p v10; rescue Exception; end
begin
  def m4(a0)
    begin; raise TypeError, "x"; rescue Exception; end
    begin
      Array.send(:define_method, :m5) do |a0|
        a0
      end
    rescue Exception
    end
    "s11"
  end
rescue Exception
end
begin; v7.singleton_class.send(:alias_method, :m0, :downto); rescue Exception; end
begin; v15 = Object.new(**v6); rescue Exception; end
begin; v16 = Struct.new(:f0); rescue Exception; end
GC.start
