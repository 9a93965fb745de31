begin
  Array.send(:define_method, :m0) do
    begin; v0 = Object.new(); rescue Exception; end
    true
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k0, (2..6)); rescue Exception; end
begin
  Array.send(:define_method, :m1) do
    :y1
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = ["s14", v1].uniq.size; rescue Exception; end
begin; Object.class_variable_set(:@@k2, nil); rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin; Numeric.send(:alias_method, :m2, :upto); rescue Exception; end
begin
  r1 = 0
  begin
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v3 = [v1, v2].sort; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; K1 = v2; rescue Exception; end
begin
  v4 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      module M0
        begin; ($stash ||= []).concat(Array.new(2) { |j| { j => "h#{j}" } }); rescue Exception; end
        begin; v5 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    69
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin
  v6 = proc do |a0, a1|
    v2
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m3, :"+@"); rescue Exception; end
begin; 100.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = Object.instance_variable_get(:@k1); rescue Exception; end
begin; v9 = Object.new(); rescue Exception; end
begin
  GC.start
  h1 = Class.new
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.class_variable_set(:@@m1, $stash.shift) }
rescue Exception
end
begin; v10 = Object.class_variable_get(:@@k1); rescue Exception; end
GC.start
