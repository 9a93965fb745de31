begin; ($stash ||= []).concat(Array.new(11) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; v0 = nil; rescue Exception; end
GC.start
begin; v1 = {:k0 => v0}; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m0, :message); rescue Exception; end
begin
  String.send(:define_method, :m0) do |a0|
    begin; v1.method(:default_proc=).call(5.5, v1); rescue Exception; end
    nil
  end
rescue Exception
end
begin; v2 = Struct.new(:f0); rescue Exception; end
begin; v1.singleton_class.send(:undef_method, :m1); rescue Exception; end
begin
  def m2(a0, *rest, p0)
    begin; eval("begin; Object.const_set(:K0, p0); rescue Exception; end\nGC.start"); rescue Exception; end
    self
  end
rescue Exception
end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.replace([$stash.shift]) }
rescue Exception
end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m3, :message); rescue Exception; end
begin
  class << v2
    begin
      class C0 < String
        begin; C0.send(:alias_method, :m4, :message); rescue Exception; end
        begin
          def m5()
            begin; v3 = 9.5.respond_to?(:m2); rescue Exception; end
            begin; v4 = [[v3], [v3]].flatten; rescue Exception; end
            true
          end
        rescue Exception
        end
        begin
          def m6(k0: 1, **kws)
            begin; v5 = C0.new(); rescue Exception; end
            begin; v6 = C0.new(); rescue Exception; end
            kws
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v7 = Class.new(String) do
    begin
      def m7(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v8 = []; rescue Exception; end
        begin; v9 = Struct.new(:f0, :f1, :f2); rescue Exception; end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m8(a0)
    nil
  end
rescue Exception
end
begin; C0.send(:remove_method, :reduce); rescue Exception; end
begin
  module M2
    begin
      def m9()
        begin; (3..3).__num_to_a(); rescue Exception; end
        (2..7)
      end
    rescue Exception
    end
    begin; v10 = "s1".send(:split, :y1); rescue Exception; end
    begin; alias m10 m9; rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v2.send(:include, Comparable); rescue Exception; end
GC.start
begin
  def m4()
    begin; v11 = 51; rescue Exception; end
    K0
  end
rescue Exception
end
begin; v2.singleton_class.send(:undef_method, :m11); rescue Exception; end
GC.start
begin
  begin
    begin
      v13 = v2.message(v1, k0: 3) do |a0|
        begin; v12 = -1; rescue Exception; end
        v1
      end
    rescue Exception
    end
  rescue => e
    begin; v1.m9(); rescue Exception; end
  end
rescue Exception
end
begin; v14 = C0.instance_variable_get(:@k2); rescue Exception; end
