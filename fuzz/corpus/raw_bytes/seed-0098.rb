GC.start
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; Array.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v0 = Integer(:y5); rescue Exception; end
begin; v1 = Array(v0); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; v2 = (0..4); rescue Exception; end
begin
  class << v2
    begin
      class String
        begin; alias m2 strip; rescue Exception; end
        begin; alias_method :m3, :strip; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class String
        begin; alias_method :m4, :strip; rescue Exception; end
      end
    rescue Exception
    end
    begin; K0 = "s19"; rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h1 = Class.new
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.class_variable_set(:@@m2, $stash.shift) }
rescue Exception
end
GC.start
