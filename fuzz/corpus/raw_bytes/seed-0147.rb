GC.start
begin; v0 = "s5".method(:bsearch_index); rescue Exception; end
begin
  v0.send(:"<<", 1) do |o0 = 0|
    begin
      def m0(a0, o0 = 0)
        a0
      end
    rescue Exception
    end
    begin
      Range.class_eval do
        begin
          v0.call(true, v0) do |o0 = 0|
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m1, :bsearch_index); rescue Exception; end
begin
  class << v0
    begin; v1 = Object.new(nil, -0.5); rescue Exception; end
    begin; v2 = Object.new(nil); rescue Exception; end
  end
rescue Exception
end
begin; Range.send(:alias_method, :m2, :bsearch_index); rescue Exception; end
begin; C0.send(:undef_method, :m3); rescue Exception; end
begin; C0.send(:undef_method, :m4); rescue Exception; end
begin; v3 = v0.call(); rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin; v4 = {}; rescue Exception; end
begin
  def v4.m5()
    begin; v5 = {:k0 => "s2"}; rescue Exception; end
    (0..0)
  end
rescue Exception
end
begin
  class << v4
    begin; K0 = (2..3); rescue Exception; end
  end
rescue Exception
end
begin
  def v4.m0()
    77
  end
rescue Exception
end
begin
  v6 = proc do |a0|
    v4
  end
rescue Exception
end
begin
  def v6.m6()
    :y4
  end
rescue Exception
end
begin; K1 = v4; rescue Exception; end
begin; v6.public_send(:m2, v3, (3..3)); rescue Exception; end
begin
  class << v6
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; "s9".member?(1); rescue Exception; end
  end
rescue Exception
end
begin
  class << v6
    begin; alias m7 bsearch_index; rescue Exception; end
    begin; v7 = Object.new(nil); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = v0.call(v6) do |a0|
    begin; v8 = Object.instance_method(:member?); rescue Exception; end
    80
  end
rescue Exception
end
begin; Object.send(:define_method, :m8, v6); rescue Exception; end
begin; v10 = v4.singleton_class; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v10.send(:include, Enumerable); rescue Exception; end
begin; v10.singleton_class.send(:alias_method, :m9, :m10); rescue Exception; end
begin
  class C0
    begin; 45.m11(6.5, "s7"); rescue Exception; end
  end
rescue Exception
end
begin; v11 = v4.singleton_class; rescue Exception; end
begin; 8.times { |i| v4[i] = [i] }; rescue Exception; end
begin; v10.send(:undef_method, :m5); rescue Exception; end
