begin; ($stash ||= []).concat(Array.new(7) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  GC.start
  h1 = []
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1 << $stash.shift }
rescue Exception
end
begin; v0 = true; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin
  r1 = 0
  begin
    begin; v3 = {:k0 => v1}; rescue Exception; end
  rescue => e
    begin; p 34; rescue Exception; end
    begin; v4 = v1.method(:index); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; v5 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v2.singleton_class.send(:remove_method, :m0); rescue Exception; end
begin; v6 = true.respond_to?(:m0); rescue Exception; end
begin; v7 = v5.new(); rescue Exception; end
begin; v8 = {:k0 => 23, :k1 => v1}; rescue Exception; end
begin; v9 = -1.5; rescue Exception; end
begin
  v5.instance_eval do
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin; v2.instance_eval(""); rescue Exception; end
begin; v10 = v8.singleton_class; rescue Exception; end
begin; v11 = Object.new(); rescue Exception; end
begin; v12 = v10.new((3..4)); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; v1.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin; v8[true] = v12; rescue Exception; end
begin; v13 = v7.singleton_class; rescue Exception; end
begin
  class Array
    begin; alias m1 index; rescue Exception; end
  end
rescue Exception
end
begin
  class C0
    begin
      class C1 < C0
        begin
          module M2
            begin; v14 = K0.respond_to?(:m0, true); rescue Exception; end
          end
        rescue Exception
        end
        begin
          5.times do |i|
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      v15 = lambda do |a0|
        (3..3)
      end
    rescue Exception
    end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v15.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
    begin; v16 = v15 == v15; rescue Exception; end
  end
rescue Exception
end
GC.start
