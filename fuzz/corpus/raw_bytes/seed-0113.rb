begin; ($stash ||= []).concat(Array.new(12) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = (0..3).to_s(nil); rescue Exception; end
begin; v1 = 70.respond_to?(:"[]="); rescue Exception; end
GC.start
begin; v2 = :upcase; rescue Exception; end
begin
  Integer.class_eval do
    begin
      class C0
        begin; v3 = "s19".respond_to?(:m0); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m1(o0 = 0)
        "s7"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = "s19"; rescue Exception; end
begin
  begin
    begin; v4.send(:m2, &v2); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      5.times do |i|
      end
    rescue Exception
    end
    begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
  end
rescue Exception
end
begin; v5 = v4.singleton_class; rescue Exception; end
begin
  module M1
    begin; v6 = :y3; rescue Exception; end
  end
rescue Exception
end
begin
  def v4.m3(k0: 1, **kws)
    "s0"
  end
rescue Exception
end
begin; v7 = C0.new(); rescue Exception; end
begin
  class << v5
    begin; alias m4 m5; rescue Exception; end
    begin
      def m0(a0, *rest, p0)
        begin; v8 = Object.new(); rescue Exception; end
        begin
          def m6(a0, a1)
            begin; 300.times { |i| Object.new }; rescue Exception; end
            begin; v9 = self.respond_to?(:m7); rescue Exception; end
            a0
          end
        rescue Exception
        end
        p0
      end
    rescue Exception
    end
    begin; C0.instance_variable_set(:@k1, 36); rescue Exception; end
  end
rescue Exception
end
begin
  v10 = v2.public_send(:">", k0: 2) do |a0, &blk|
    7
  end
rescue Exception
end
begin; v5.singleton_class.send(:alias_method, :m8, :"<"); rescue Exception; end
begin
  1.times do |i|
    begin
      module M2
        begin; v11 = Object.new(); rescue Exception; end
        begin; v11.singleton_class.send(:remove_method, :m6); rescue Exception; end
      end
    rescue Exception
    end
    begin
      self.public_send(:m9, i) do |a0, *rest|
        begin; 100.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = "s9"; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; v12 = [(4..5), nil].sort; rescue Exception; end
begin; v13 = String(61); rescue Exception; end
begin
  class C3
    begin; v14 = C3.new(k0: true); rescue Exception; end
    begin; Comparable.send(:alias_method, :m6, :">"); rescue Exception; end
    begin; String.send(:alias_method, :m1, :succ); rescue Exception; end
    begin; eval("GC.start\nbegin; v15 = C0.new(1); rescue Exception; end"); rescue Exception; end
  end
rescue Exception
end
begin; v16 = v5.dup; rescue Exception; end
begin; Comparable.send(:alias_method, :m10, :"<"); rescue Exception; end
begin
  2.times do |i|
    begin
      v17 = proc do |a0, a1|
        v13
      end
    rescue Exception
    end
    begin
      class << v5
        begin; v18 = C0.new(); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
