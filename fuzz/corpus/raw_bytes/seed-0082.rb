begin; ($stash ||= []).concat(Array.new(6) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = 29.respond_to?(:m0); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; K0 = 14; rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  GC.start
  h1 = Class.new
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.send(:define_method, :m1, $stash.shift) }
rescue Exception
end
begin; Hash.class_eval("begin; raise RuntimeError, \"x\"; rescue Exception; end\nbegin\n  class Exception\n    begin; alias_method :m1, :to_s; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  GC.start
  h2 = Class.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.class_variable_set(:@@m0, $stash.shift) }
rescue Exception
end
begin
  class Exception
    begin; alias m2 to_s; rescue Exception; end
  end
rescue Exception
end
begin; v3 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; v5 = [v3]; rescue Exception; end
begin
  v6 = proc do |a0, *rest, p0|
    p0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m3, :to_s); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v7 = v1.respond_to?(:m4); rescue Exception; end
begin; v8 = v2.method(:m5).call(); rescue Exception; end
begin; v9 = Object.instance_variable_get(:@k2); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5[1] = $stash.shift }; rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin
  class << v4
    begin; C0.send(:remove_method, :m2); rescue Exception; end
    begin
      class Exception
        begin; alias m6 to_s; rescue Exception; end
        begin; alias_method :m7, :to_s; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C0 < Array
        begin
          class C1 < String
            begin; v10 = C1.instance_method(:m1); rescue Exception; end
            begin; v11 = C0.new(13.5, :y2); rescue Exception; end
            begin; C0.instance_variable_set(:@k2, self); rescue Exception; end
            begin
              def m8(a0, o0 = 0)
                :y3
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = C1.new(); rescue Exception; end
begin; v13 = v7 == v8; rescue Exception; end
begin
  class << v1
    begin; C0.send(:undef_method, :to_s); rescue Exception; end
  end
rescue Exception
end
begin; v14 = {:k0 => true}; rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
GC.start
