begin; ($stash ||= []).concat(Array.new(12) { |j| proc { j } }); rescue Exception; end
GC.start
begin
  class C0 < Array
    begin; C0.send(:undef_method, :">="); rescue Exception; end
    begin
      def m0(a0)
        begin; v0 = C0.new(); rescue Exception; end
        :y5
      end
    rescue Exception
    end
    begin
      class C1 < C0
        begin
          v1 = lambda do |k0: 1, **kws|
            begin; p true; rescue Exception; end
            kws
          end
        rescue Exception
        end
        begin
          class << v1
            begin; C1.send(:alias_method, :m1, :">="); rescue Exception; end
            begin; C1.send(:remove_method, :m0); rescue Exception; end
            begin; v2 = self.public_send(:m0, :y4, nil); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.extend(Comparable); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v3 = "s2".respond_to?(:m2, true); rescue Exception; end
begin; v4 = [v3, v3, v3]; rescue Exception; end
GC.start
begin; v5 = C0.new(); rescue Exception; end
begin; v6 = 5; rescue Exception; end
begin; C1.send(:include, Enumerable); rescue Exception; end
begin
  class << v5
    begin; v7 = C0.new(); rescue Exception; end
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    begin
      module M2
        begin; v8 = C0.new(); rescue Exception; end
        begin; v8.singleton_class.send(:alias_method, :m3, :message); rescue Exception; end
        begin; v9 = v8.clone; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12 = Fiber.new do |x|
    begin; C1.class_eval("begin; v10 = v5.singleton_class; rescue Exception; end"); rescue Exception; end
    begin; v11 = {}; rescue Exception; end
    Fiber.yield(x)
    v5
  end
rescue Exception
end
begin; v4 << v5; rescue Exception; end
GC.start
begin; v13 = C0.new(); rescue Exception; end
begin
  class << v5
    begin; self.send(:include, M2); rescue Exception; end
  end
rescue Exception
end
begin; v14 = C1.new(v4); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v12
        begin; v15 = self.send(:">="); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Struct
    begin; alias_method :m4, :"[]"; rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
    begin; v14.singleton_class.send(:alias_method, :m5, :m1); rescue Exception; end
    begin; C1.send(:alias_method, :m6, :m7); rescue Exception; end
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m5, :message; rescue Exception; end
  end
rescue Exception
end
begin; v16 = v5.respond_to?(:m8); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v3.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v12[1] = $stash.shift }; rescue Exception; end
