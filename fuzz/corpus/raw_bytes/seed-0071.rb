GC.start
begin
  v0 = proc do
    begin; v1 = Object.new(); rescue Exception; end
    begin; Object.send(:prepend, Enumerable); rescue Exception; end
    self
  end
rescue Exception
end
begin
  def m0(o0 = 0)
    o0
  end
rescue Exception
end
begin
  v0.instance_eval do
    begin; Object.instance_variable_set(:@k2, v0); rescue Exception; end
  end
rescue Exception
end
begin; v2 = nil; rescue Exception; end
begin
  10.times do |i|
    begin
      class << v0
        begin; v3 = Object.new(14); rescue Exception; end
        begin
          v4 = proc do |a0, *rest|
            begin; ($stash ||= []).concat(Array.new(7) { |j| { j => "h#{j}" } }); rescue Exception; end
            v3
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v5 = v0.to_proc; rescue Exception; end
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k2, 59); rescue Exception; end
begin
  GC.start
  h1 = (proc { c = nil; proc { |y| c = y } }).call
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.call($stash.shift) }
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
