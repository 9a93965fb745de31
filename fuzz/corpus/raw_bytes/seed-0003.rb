begin; ($stash ||= []).concat(Array.new(10) { |j| proc { j } }); rescue Exception; end
GC.start
begin; String.send(:alias_method, :m0, :clamp); rescue Exception; end
begin; v0 = -1.5.send(:m1, nil); rescue Exception; end
begin; v1 = v0.m2(v0); rescue Exception; end
begin
  5.times do |i|
    begin
      def m3(a0, a1)
        (2..6)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v2 = (4..6); rescue Exception; end
begin; Object.send(:alias_method, :m4, :m4); rescue Exception; end
begin
  Integer.class_eval do
    begin; v3 = 7.public_send(:divmod); rescue Exception; end
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
    begin; v4 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v5 = C0.new(); rescue Exception; end
begin; p nil; rescue Exception; end
begin
  v6 = proc do |a0, a1|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
    a0
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m5, :clamp); rescue Exception; end
begin; v7 = v6.dup; rescue Exception; end
begin; v8 = Struct.new(:f0); rescue Exception; end
begin
  module M1
    begin; v9 = C0.new(); rescue Exception; end
    begin; v9.instance_eval("begin\n  v10 = lambda do\n    begin; alias_method :m3, :instance_variable_defined?; rescue Exception; end\n    begin; v9.singleton_class.send(:alias_method, :m6, :clamp); rescue Exception; end\n    v9\n  end\nrescue Exception\nend\nbegin\n  class << v9\n    begin; K0 = nil; rescue Exception; end\n    begin\n      def method_missing(name, *args, &blk)\n        if name.to_s.start_with?(\"dyn1\")\n          [name, args.size, blk]\n        else\n          super\n        end\n      end\n      def respond_to_missing?(name, priv = false)\n        name.to_s.start_with?(\"dyn1\") || super\n      end\n    rescue Exception\n    end\n    begin; C0.send(:alias_method, :m1, :m7); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
    begin
      class << v9
        begin; v11 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = 65; rescue Exception; end
begin; v5.singleton_class.send(:undef_method, :m8); rescue Exception; end
begin; v13 = v12.respond_to?(:m9); rescue Exception; end
GC.start
