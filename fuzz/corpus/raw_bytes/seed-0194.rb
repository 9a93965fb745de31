begin; ($stash ||= []).concat(Array.new(12) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  v0 = lambda do |a0, o0 = 0|
    o0
  end
rescue Exception
end
begin
  class String
    begin; alias m0 __upto_endless; rescue Exception; end
    begin; alias_method :m0, :__upto_endless; rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0[2] = $stash.shift }; rescue Exception; end
begin
  GC.start
  h1 = (proc { c = nil; proc { |y| c = y } }).call
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.call($stash.shift) }
rescue Exception
end
begin; Object.instance_variable_set(:@k2, v0); rescue Exception; end
begin
  class << v0
    begin; alias m0 message; rescue Exception; end
    begin
      def self.m0(a0)
        begin
          v1 = self.send(:"==") do |a0, o0 = 0|
            a0
          end
        rescue Exception
        end
        begin; v2 = {:k0 => a0}; rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; Integer.extend(Comparable); rescue Exception; end
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = v3.respond_to?(:m1); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m1, :dig); rescue Exception; end
begin
  v5 = Class.new(Object) do
    begin
      def m0(a0, o0 = 0)
        18.5
      end
    rescue Exception
    end
    begin
      def self.m2(k0: 1)
        begin; 300.times { |i| "x" * 8 }; rescue Exception; end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k1, nil); rescue Exception; end
begin; C0.send(:include, Comparable); rescue Exception; end
begin; p 86; rescue Exception; end
begin
  v6 = v5.__upto_endless(k0: 2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v5.send(:alias_method, :m3, :m4); rescue Exception; end
    a0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v3.instance_variable_set(:@i2, self); rescue Exception; end
begin; v7 = v0.call(k0: 2); rescue Exception; end
GC.start
