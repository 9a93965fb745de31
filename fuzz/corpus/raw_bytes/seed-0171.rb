GC.start
begin; v0 = 64.method(:repeated_combination); rescue Exception; end
begin; Array.class_eval("begin; v1 = []; rescue Exception; end\nbegin; 50.times { |i| { i => i } }; rescue Exception; end"); rescue Exception; end
begin; v2 = v0.respond_to?(:repeated_combination); rescue Exception; end
begin; v3 = self.public_send(:m0); rescue Exception; end
begin; v4 = Object.class_variable_get(:@@k1); rescue Exception; end
begin; v3.send(:m1, 1); rescue Exception; end
begin; v5 = [v4, 73, v4].sort { |x, y| y <=> x }; rescue Exception; end
begin
  class C0 < Numeric
    begin
      class Array
        begin; alias_method :m2, :repeated_combination; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v6 = lambda do |a0, *rest|
        begin; v7 = 27.respond_to?(:m1); rescue Exception; end
        95
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = [v2]; rescue Exception; end
begin; v9 = nil; rescue Exception; end
begin
  class << v0
    begin; v10 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; K0 = v5; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(4) { |j| Object.new }); rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v11 = [:y5]; rescue Exception; end
    begin; v11.extend(Enumerable); rescue Exception; end
    begin; v12 = 1 + v11; rescue Exception; end
  end
rescue Exception
end
begin; v13 = C1.class_variable_get(:@@k1); rescue Exception; end
begin; v14 = C1.new(); rescue Exception; end
begin; v15 = {}; rescue Exception; end
begin
  class << v15
    begin; v16 = nil; rescue Exception; end
    begin
      2.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m1, :repeated_combination); rescue Exception; end
begin
  class << v8
    begin; C0.class_variable_set(:@@k2, 85); rescue Exception; end
  end
rescue Exception
end
begin; v14.singleton_class.send(:alias_method, :m3, :repeated_combination); rescue Exception; end
begin; v17 = Object.new(); rescue Exception; end
begin
  def v8.m3(a0, a1)
    begin; v18 = C1.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v19 = v17.clone; rescue Exception; end
begin; v20 = v19.dup; rescue Exception; end
GC.start
