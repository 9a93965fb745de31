begin; ($stash ||= []).concat(Array.new(8) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin
  def m0(a0, &blk)
    a0
  end
rescue Exception
end
begin
  class C0
    begin; v0 = {}; rescue Exception; end
  end
rescue Exception
end
begin; v1 = {:k0 => :y5}; rescue Exception; end
begin; v2 = 36.respond_to?(:m1); rescue Exception; end
begin; C0.instance_variable_set(:@k1, v1); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      v3 = Fiber.new do |x|
        Fiber.yield(x)
        v1
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k0, nil); rescue Exception; end
begin; v4 = C0.new(); rescue Exception; end
begin; v1.m2(v4); rescue Exception; end
begin; v5 = String(self); rescue Exception; end
begin; C0.send(:undef_method, :m3); rescue Exception; end
begin; C0.class_variable_set(:@@k1, v4); rescue Exception; end
begin
  1.times do |i|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
  end
rescue Exception
end
begin; v6 = [[v5], [v2]].flatten; rescue Exception; end
begin; C0.send(:alias_method, :m4, :tally); rescue Exception; end
begin; v7 = C0.instance_variable_get(:@k2); rescue Exception; end
begin
  class << v6
    begin
      def m3(a0, a1)
        begin; Object.send(:alias_method, :m1, :m2); rescue Exception; end
        20
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = v4.send(:m5, 14.5, k0: 3); rescue Exception; end
begin
  class << v2
    begin
      v9 = (4..7).min() do |a0, a1|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = C0.new(true); rescue Exception; end
begin; v4.instance_eval(""); rescue Exception; end
begin
  v4.singleton_class.send(:define_method, :m4) do |a0, a1|
    begin; C0.send(:alias_method, :m6, :"-"); rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v10.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
    18
  end
rescue Exception
end
begin
  class C1
    begin
      v11 = proc do
        begin
          C1.send(:define_method, :m7) do |a0, &blk|
            begin; v12 = Object.new(); rescue Exception; end
            begin; C1.send(:remove_method, :m5); rescue Exception; end
            "s18"
          end
        rescue Exception
        end
        "s0"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v4.instance_eval do
  end
rescue Exception
end
begin
  class << v10
    begin
      v13 = Class.new(C0) do
        begin; v14 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin
      def m8()
        68
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| v10.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v4
    begin; C0.send(:undef_method, :m9); rescue Exception; end
  end
rescue Exception
end
GC.start
