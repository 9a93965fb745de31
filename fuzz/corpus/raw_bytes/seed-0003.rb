begin; ($stash ||= []).concat(Array.new(10) { |j| proc { j } }); rescue Exception; end
GC.start
begin; String.send(:alias_method, :m0, :clamp); rescue Exception; end
begin; v0 = -1.5.send(:m1, nil); rescue Exception; end
begin; v1 = v0.m2(v0); rescue Exception; end
begin
  begin
    begin; Array.class_eval("begin; v2 = [v1, 9.5]; rescue Exception; end\nbegin; 300.times { |i| [i, i] }; rescue Exception; end"); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  v0.m2(:y4, k0: 3) do |a0, a1|
    begin; Numeric.send(:alias_method, :m3, :instance_variable_defined?); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class C0 < Array
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
    begin; v3 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h1 = Class.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.send(:define_method, :m0, $stash.shift) }
rescue Exception
end
begin; v4 = v1.method(:m2); rescue Exception; end
GC.start
begin; v5 = [v4, v1, v0]; rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; Comparable.send(:alias_method, :m4, :clamp); rescue Exception; end
begin; 30.times { |i| v5 << i.to_s }; rescue Exception; end
begin; C0.send(:alias_method, :m0, :instance_variable_defined?); rescue Exception; end
begin; 100.times { |i| v5 << i.to_s }; rescue Exception; end
begin; v6 = []; rescue Exception; end
begin
  GC.start
  h2 = []
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.replace([$stash.shift]) }
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  module M1
    begin; v7 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
GC.start
