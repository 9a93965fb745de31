begin; ($stash ||= []).concat(Array.new(9) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; v0 = nil; rescue Exception; end
begin; v1 = Object.new(v0); rescue Exception; end
begin
  class << v1
    begin; alias m0 m1; rescue Exception; end
  end
rescue Exception
end
begin; p v1; rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin; v2 = (3..3).max(); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v3 = Object.new(); rescue Exception; end
    begin; v4 = Object.new(); rescue Exception; end
    begin
      v4.instance_eval do
        begin; v3.singleton_class.send(:undef_method, :m0); rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = v3 == v3; rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h2 = []
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2 << $stash.shift }
rescue Exception
end
begin; v6 = [v1, v0]; rescue Exception; end
