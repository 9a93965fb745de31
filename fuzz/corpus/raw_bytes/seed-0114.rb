begin; eval(""); rescue Exception; end
begin; v0 = [19.5, 11.5]; rescue Exception; end
begin; v1 = [10, 20, 30, 40][64]; rescue Exception; end
begin
  v1.m0(k0: 2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      10.times do |i|
        begin; v2 = v1 == v0; rescue Exception; end
        begin; ($stash ||= []).concat(Array.new(5) { |j| Object.new }); rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m1, :rstrip); rescue Exception; end
begin
  begin
  rescue => e
    begin; v3 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v4 = v0.clone; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :rstrip); rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; v5 = Object.class_variable_get(:@@k0); rescue Exception; end
begin
  class << v4
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    begin
      def m2(a0)
        begin; ($stash ||= []).concat(Array.new(8) { |j| [[j], { j => [j] }] }); rescue Exception; end
        begin; C0.send(:undef_method, :repeated_combination); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m1, :compact); rescue Exception; end
begin
  v6 = proc do
    begin; v7 = Object.new(true, v0); rescue Exception; end
    5
  end
rescue Exception
end
begin; String.send(:alias_method, :m1, :compact); rescue Exception; end
begin; C0.send(:remove_method, :m2); rescue Exception; end
begin; Object.instance_variable_set(:@k2, K0); rescue Exception; end
begin; v8 = nil; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      true.m2() do |o0 = 0|
        begin; v9 = C0.new(7.5); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      class C1 < Hash
        begin; v10 = true.respond_to?(:m1); rescue Exception; end
        begin; alias m3 delete; rescue Exception; end
      end
    rescue Exception
    end
    begin; alias m3 rstrip; rescue Exception; end
    begin
      30.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v11 = v5.rstrip(K0, v6) do |a0, a1|
    begin; C1.send(:prepend, Enumerable); rescue Exception; end
    begin; C0.send(:remove_method, :m4); rescue Exception; end
    a0
  end
rescue Exception
end
begin; C1.send(:alias_method, :m0, :m5); rescue Exception; end
begin
  30.times do |i|
    begin; v12 = i.respond_to?(:m6); rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
    begin; v13 = [v8]; rescue Exception; end
    begin; v14 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:undef_method, :rstrip); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v6.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; v15 = Object.new(); rescue Exception; end
GC.start
begin; C1.send(:include, Enumerable); rescue Exception; end
begin; 8.times { |i| v0 << i.to_s }; rescue Exception; end
GC.start
