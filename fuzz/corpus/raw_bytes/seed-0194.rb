begin; ($stash ||= []).concat(Array.new(4) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; v0 = {:k0 => 6.5, :k1 => (4..7)}; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v2 = proc do |k0: 1, **kws|
    begin
      class String
        begin; alias_method :m0, :sub!; rescue Exception; end
        begin; alias_method :m1, :m2; rescue Exception; end
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
GC.start
begin; v3 = v1.method(:m1); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m3, :each); rescue Exception; end
begin; v4 = Array(12.5); rescue Exception; end
begin; v5 = v2.instance_variable_get(:@i1); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; self.m4(&v3); rescue Exception; end
begin; v0.instance_eval("begin; Object.send(:alias_method, :m5, :m6); rescue Exception; end"); rescue Exception; end
begin
  v6 = Class.new(Exception) do
    begin; (2..2).m0(:y4); rescue Exception; end
    begin; v7 = {:k0 => 12, :k1 => true}; rescue Exception; end
    begin
      class << v7
        begin
          def m7(k0: 1)
            k0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = v1.singleton_class; rescue Exception; end
begin
  v9 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v10 = (4..7).respond_to?(:m4, true); rescue Exception; end
    begin; v11 = v10.respond_to?(:m2); rescue Exception; end
    begin
      1.times do |i|
      end
    rescue Exception
    end
    begin
      class String
        begin; alias m7 sub!; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v12 = (3..3).method(:each); rescue Exception; end
begin; v13 = v8.public_send(:new, "s18"); rescue Exception; end
begin
  class << v6
    GC.start
    begin; K0 = "s1"; rescue Exception; end
  end
rescue Exception
end
begin
  module M2
    begin; M2.send(:prepend, M2); rescue Exception; end
    begin
      begin
      rescue => e
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m3, :sub!); rescue Exception; end
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m8, :m0); rescue Exception; end
begin
  v14 = ->(a0, a1) do
    a1
  end
rescue Exception
end
begin
  def v9.m7(a0, &blk)
    begin
      C0.send(:define_method, :m9) do |a0, *rest|
        begin; v15 = (0..1).respond_to?(:m8); rescue Exception; end
        begin; v16 = rest.method(:sub!); rescue Exception; end
        3.5
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v9.class_eval("begin; C0.send(:remove_method, :m8); rescue Exception; end\nbegin; alias_method :m10, :each; rescue Exception; end"); rescue Exception; end
begin
  module M3
    begin; v17 = C0.instance_method(:m0); rescue Exception; end
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k0, self); rescue Exception; end
begin; K1 = v6; rescue Exception; end
GC.start
