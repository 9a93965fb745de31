begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  begin
    begin; v0 = Object.new(); rescue Exception; end
    begin; eval("begin; raise TypeError, \"x\"; rescue Exception; end"); rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v1 = "s0".method(:message); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1 << $stash.shift }
rescue Exception
end
GC.start
begin
  Hash.send(:define_method, :m0) do |a0, a1|
    begin
      v2 = ->() do
        a0
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; K0 = v3; rescue Exception; end
begin
  v5 = proc do |a0, &blk|
    blk
  end
rescue Exception
end
begin; 30.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v6 = v3.clone; rescue Exception; end
GC.start
