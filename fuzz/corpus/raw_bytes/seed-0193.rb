GC.start
begin; v0 = "s1".respond_to?(:m0); rescue Exception; end
begin
  v1 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class Hash
        begin; alias_method :m1, :delete; rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.send(:remove_method, :m2); rescue Exception; end
    begin; Object.const_set(:K0, (4..5)); rescue Exception; end
  end
rescue Exception
end
begin; v2 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v1.singleton_class.send(:undef_method, :m3); rescue Exception; end
begin; v3 = {:k0 => v2}; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  v4 = proc do
    v2
  end
rescue Exception
end
begin
  v5 = Class.new(String) do
    begin; nil.m3(); rescue Exception; end
  end
rescue Exception
end
begin
  v6 = lambda do
    nil
  end
rescue Exception
end
begin; v1.send(:remove_method, :m2); rescue Exception; end
begin; 30.times { |i| v3[i] = [i] }; rescue Exception; end
begin
  v7 = lambda do |a0, a1|
    begin
      2.times do |i|
        begin
          class C2
            begin; 100.times { |i| { i => i } }; rescue Exception; end
            begin; alias m2 m2; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin; v7.instance_variable_set(:@i1, true); rescue Exception; end
begin; v8 = []; rescue Exception; end
begin; v8 << v1; rescue Exception; end
begin
  module M3
    begin; v9 = C2.new((1..1), k0: 3); rescue Exception; end
    begin
      def m4(o0 = 0)
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m1, :"=="); rescue Exception; end
GC.start
begin; eval("begin\n  def v2.m0(a0, &blk)\n    blk\n  end\nrescue Exception\nend"); rescue Exception; end
