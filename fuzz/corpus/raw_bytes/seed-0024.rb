begin; ($stash ||= []).concat(Array.new(7) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  class C0
    begin; v0 = 12.5; rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
  end
rescue Exception
end
begin; eval("begin; p nil; rescue Exception; end"); rescue Exception; end
begin
  class String
    begin; alias m0 prepend; rescue Exception; end
  end
rescue Exception
end
begin
  v1 = proc do |k0: 1, **kws|
    begin
      v2 = proc do |a0, &blk|
        begin
          v3 = proc do |a0, &blk|
            -0.5
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin
  C0.class_eval do
    begin; v4 = C0.new((4..9)); rescue Exception; end
  end
rescue Exception
end
begin; v5 = {:k0 => self}; rescue Exception; end
begin; C0.send(:alias_method, :m0, :prepend); rescue Exception; end
begin
  v6 = v1.call() do |a0, a1|
    begin; 10.times { |i| Object.new }; rescue Exception; end
    v1
  end
rescue Exception
end
begin
  def v5.m0(a0)
    a0
  end
rescue Exception
end
begin
  def m0(a0, o0 = 0, *rest, k0: 1, &blk)
    "s9"
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin; v1.instance_variable_set(:@i2, nil); rescue Exception; end
GC.start
