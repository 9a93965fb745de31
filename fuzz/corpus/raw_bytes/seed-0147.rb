GC.start
begin; v0 = [1]; rescue Exception; end
begin; String.send(:alias_method, :m0, :find_index); rescue Exception; end
begin
  class << v0
    begin
      v1 = lambda do
        begin
          2.times do |i|
          end
        rescue Exception
        end
        begin; K0 = "s6"; rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin; v2 = self.m1(k0: 88); rescue Exception; end
    begin
      module M0
        begin; alias m0 m1; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; Kernel.send(:alias_method, :m1, :p); rescue Exception; end
begin
  begin
  rescue => e
    begin; Hash.send(:alias_method, :m0, :m1); rescue Exception; end
  end
rescue Exception
end
begin
  def v0.m2()
    "s12"
  end
rescue Exception
end
begin; 100.times { |i| v0 << i.to_s }; rescue Exception; end
begin; K1 = K1; rescue Exception; end
GC.start
begin
  v3 = proc do |a0, *rest, p0|
    begin; p v0; rescue Exception; end
    begin; M0.send(:remove_method, :m3); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v4 = 60; rescue Exception; end
begin; v5 = v3.to_proc; rescue Exception; end
begin; Comparable.send(:alias_method, :m4, :"=="); rescue Exception; end
begin
  module M1
    begin
      def m5(o0 = 0)
        begin; raise ArgumentError, "x"; rescue Exception; end
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin; 50.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  String.send(:define_method, :m6) do |a0|
    a0
  end
rescue Exception
end
begin; v5.singleton_class.send(:alias_method, :m4, :quo); rescue Exception; end
begin; v6 = Object.new(v3); rescue Exception; end
begin
  (3..4).p(v4) do |k0: 1|
    begin; v7 = v5.instance_variable_get(:@i0); rescue Exception; end
    begin; v8 = v0.singleton_class; rescue Exception; end
    k0
  end
rescue Exception
end
begin; v9 = Object.new(); rescue Exception; end
begin
  class C2 < Array
    begin; C2.send(:alias_method, :m1, :find_index); rescue Exception; end
    GC.start
  end
rescue Exception
end
GC.start
GC.start
GC.start
