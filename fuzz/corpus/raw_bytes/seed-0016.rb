GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  module M0
    begin; alias_method :m0, :each_pair; rescue Exception; end
    begin
      10.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = 8.5.send(:"+", 1); rescue Exception; end
begin; v2 = v0.respond_to?(:m1, true); rescue Exception; end
begin
  class Struct
    begin; alias m0 each_pair; rescue Exception; end
    begin; alias_method :m2, :member?; rescue Exception; end
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin; v0.extend(Comparable); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v4 = v1.m0(v3); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :each_pair); rescue Exception; end
GC.start
begin
  v5 = Proc.new do |a0|
    a0
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m2, :each_pair); rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
begin
  class C1 < Hash
    begin
      def m4(k0: 1, **kws)
        kws
      end
    rescue Exception
    end
    begin; v7 = Object.new(); rescue Exception; end
    begin
      v8 = proc do |k0: 1|
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = Struct.new(:f0, :f1); rescue Exception; end
begin; K0 = true; rescue Exception; end
begin; C1.send(:define_method, :m1, v5); rescue Exception; end
begin; v10 = v5.dup; rescue Exception; end
begin; C1.send(:remove_method, :member?); rescue Exception; end
