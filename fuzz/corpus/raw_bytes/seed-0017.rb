begin
  v0 = "s14".m0((1..5), k0: 3) do
    true
  end
rescue Exception
end
begin
  class Array
    begin; alias_method :m0, :"=="; rescue Exception; end
  end
rescue Exception
end
begin; String.send(:alias_method, :m0, :m1); rescue Exception; end
begin; Comparable.send(:alias_method, :m2, :"<="); rescue Exception; end
begin; C0.send(:undef_method, :m3); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; 100.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  Array.class_eval do
    begin; v1.singleton_class.send(:alias_method, :m4, :m5); rescue Exception; end
    begin
      def v1.m6(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; 300.times { |i| [i, i] }; rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0 < String
    begin; v2 = nil.respond_to?(:m1); rescue Exception; end
    begin; Object.send(:alias_method, :m7, :"=="); rescue Exception; end
    begin; C0.send(:undef_method, :"<="); rescue Exception; end
    begin; C0.extend(Comparable); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; C0.send(:alias_method, :m0, :"=="); rescue Exception; end
begin
  def v1.m1(o0 = 0)
    begin; C0.send(:remove_method, :m8); rescue Exception; end
    o0
  end
rescue Exception
end
GC.start
begin; v0.m9(nil, v0); rescue Exception; end
begin; v3 = []; rescue Exception; end
begin; v4 = {:k0 => v0}; rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
begin; v3.eql?(*v3); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m10, :"=="); rescue Exception; end
GC.start
begin; v5 = self.send(:"<=", v3, *v3, k0: 3); rescue Exception; end
