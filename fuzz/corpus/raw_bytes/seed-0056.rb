begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class Range
        begin; alias_method :m0, :each; rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.class_variable_set(:@@k0, (0..0)); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :__upto_endless); rescue Exception; end
begin
  v0 = Proc.new do |k0: 1, **kws|
    begin; v1 = (1..1).respond_to?(:m0); rescue Exception; end
    k0
  end
rescue Exception
end
begin; C0.send(:prepend, Comparable); rescue Exception; end
begin; v0.instance_eval(""); rescue Exception; end
begin; v2 = C0.new(v0); rescue Exception; end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin; v3 = [[v0], [nil]].flatten; rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
GC.start
begin; v4 = v0.public_send(:"-@", 1); rescue Exception; end
begin; Array.send(:alias_method, :m0, :__upto_endless); rescue Exception; end
begin; eval("begin; v5 = [v0, v2]; rescue Exception; end"); rescue Exception; end
begin
  def m1()
    begin; C0.send(:remove_method, :m2); rescue Exception; end
    begin; v6 = (2..6); rescue Exception; end
    "s1"
  end
rescue Exception
end
begin
  10.times do |i|
    begin; C0.send(:alias_method, :m3, :"-@"); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Array
    begin; C1.send(:undef_method, :m4); rescue Exception; end
    begin; v7 = C1.new(94, k0: 3); rescue Exception; end
  end
rescue Exception
end
