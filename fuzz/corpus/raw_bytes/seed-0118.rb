begin; Range.send(:alias_method, :m0, :exception); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  v1 = proc do |a0|
    begin; v0.freeze; rescue Exception; end
    a0
  end
rescue Exception
end
begin; String.send(:alias_method, :m0, :m0); rescue Exception; end
GC.start
begin; Array.send(:alias_method, :m1, :sort_by); rescue Exception; end
begin; Range.extend(Enumerable); rescue Exception; end
begin; Numeric.send(:alias_method, :m2, :exception); rescue Exception; end
begin
  def v1.m1(a0, a1)
    begin; Object.class_variable_set(:@@k2, "s17"); rescue Exception; end
    self
  end
rescue Exception
end
begin; v2 = v1.to_proc; rescue Exception; end
begin; v3 = {}; rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v3[33] = v0; rescue Exception; end
begin; v4 = nil == self; rescue Exception; end
begin
  v5 = Proc.new do
    true
  end
rescue Exception
end
begin
  def m3(a0)
    begin
      v6 = proc do
        GC.start
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v7 = 85.respond_to?(:m4, true); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v8 = nil; rescue Exception; end
begin; K0 = v5; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v9 = Struct.new(:f0, :f1); rescue Exception; end
    begin
      def v9.m5(a0, o0 = 0)
        begin; v10 = Object.new(10.5, o0); rescue Exception; end
        a0
      end
    rescue Exception
    end
  ensure
    begin; 10.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin; 100.times { |i| { i => i } }; rescue Exception; end
    begin; v11 = [:y3, 70]; rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin; v12 = [v4].include?(v4); rescue Exception; end
begin
  Object.class_eval do
    begin; v13 = 52.method(:"-@"); rescue Exception; end
    begin
      Numeric.send(:define_method, :m3) do |k0: 1|
        v3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m6(a0, o0 = 0, *rest, k0: 1, &blk)
    GC.start
    13.5
  end
rescue Exception
end
begin
  v14 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    v5
  end
rescue Exception
end
begin
  module M0
    begin; Object.send(:alias_method, :m7, :"-@"); rescue Exception; end
    GC.start
    begin; v15 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin
  v16 = lambda do |a0, a1|
    begin; v17 = v1.singleton_class; rescue Exception; end
    begin
      class Exception
        begin; alias_method :m3, :exception; rescue Exception; end
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k0, v14); rescue Exception; end
