begin; ($stash ||= []).concat(Array.new(11) { |j| Object.new }); rescue Exception; end
GC.start
begin
  class C0 < Array
    begin; 300.times { |i| "x" * 8 }; rescue Exception; end
    begin
      v0 = lambda do |a0, o0 = 0|
        a0
      end
    rescue Exception
    end
    begin; C0.send(:define_method, :m0, v0); rescue Exception; end
  end
rescue Exception
end
begin; v1 = C0.new(1); rescue Exception; end
begin; v2 = {}; rescue Exception; end
GC.start
begin; v1.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin
  class C1 < C0
    begin
      Object.send(:define_method, :m2) do |k0: 1|
        begin; alias_method :m3, :slice!; rescue Exception; end
        begin; v3 = :y5; rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin
      Hash.send(:define_method, :m4) do |a0|
        begin; C0.send(:undef_method, :slice!); rescue Exception; end
        begin; v4 = C0.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  5.times do |i|
    GC.start
  end
rescue Exception
end
begin; String.send(:alias_method, :m5, :each_pair); rescue Exception; end
begin; v5 = (1..3).respond_to?(:m5); rescue Exception; end
begin
  class << v5
    begin; C0.send(:alias_method, :m6, :m6); rescue Exception; end
    begin
      class Struct
        begin; alias m0 each_pair; rescue Exception; end
        begin; alias_method :m6, :slice!; rescue Exception; end
      end
    rescue Exception
    end
    begin; v6 = [10, 20, 30, 40][12]; rescue Exception; end
  end
rescue Exception
end
begin
  class << v5
    begin; raise TypeError, "x"; rescue Exception; end
    begin; C0.send(:alias_method, :m7, :m8); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; v7 = C0.new(self, 26); rescue Exception; end
    begin
      def self.m9()
        begin; v8 = "s11".public_send(:m9); rescue Exception; end
        12
      end
    rescue Exception
    end
    begin; 30.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin; p v1; rescue Exception; end
begin; p v5; rescue Exception; end
begin; v9 = "abc" + v2; rescue Exception; end
begin; v2.singleton_class.send(:undef_method, :m10); rescue Exception; end
begin; v10 = v9.respond_to?(:m11); rescue Exception; end
begin; C1.send(:remove_method, :m10); rescue Exception; end
begin
  def v1.m11(a0, &blk)
    a0
  end
rescue Exception
end
begin
  v11 = lambda do |a0|
    begin; v2["s13"] = v10; rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin; String.send(:alias_method, :m8, :each_pair); rescue Exception; end
begin; v12 = v10.m11(v1, 78); rescue Exception; end
begin; v1.m7(v9); rescue Exception; end
begin; C1.send(:prepend, Comparable); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v11.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
GC.start
