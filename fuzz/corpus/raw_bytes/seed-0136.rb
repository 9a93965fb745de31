begin; ($stash ||= []).concat(Array.new(10) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; Numeric.send(:alias_method, :m0, :__repeated_combination); rescue Exception; end
begin
  GC.start
  h1 = Object.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.instance_variable_set(:@m0, $stash.shift) }
rescue Exception
end
begin; v0 = Object.new(k0: 2); rescue Exception; end
begin
  class C0 < Numeric
    begin; v1 = {:k0 => 28, :k1 => (0..2)}; rescue Exception; end
    begin
      v2 = proc do
        begin; 50.times { |i| [i, i] }; rescue Exception; end
        "s18"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; v3 = []; rescue Exception; end
begin; C0.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  class C1
    begin; C0.send(:alias_method, :m2, :__repeated_combination); rescue Exception; end
    begin
      class C2
        begin; v4 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      C1.send(:define_method, :m2) do |a0, a1|
        begin
          def m3(a0)
            begin; C0.send(:include, Enumerable); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; v5 = Object.new(nil); rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin; C2.send(:undef_method, :m3); rescue Exception; end
  end
rescue Exception
end
begin; v6 = (v3.."s16").include?(v3); rescue Exception; end
begin
  v7 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class Range
        begin; alias_method :m4, :last; rescue Exception; end
        begin; alias_method :m5, :m6; rescue Exception; end
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin
  v9 = v0.m4(k0: v7) do |o0 = 0|
    begin; v8 = 57; rescue Exception; end
    v7
  end
rescue Exception
end
begin; v10 = v3.clone; rescue Exception; end
begin
  def v7.m1()
    5.5
  end
rescue Exception
end
GC.start
