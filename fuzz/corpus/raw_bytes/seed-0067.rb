begin; ($stash ||= []).concat(Array.new(12) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin
      def m0(a0, a1)
        begin; v1 = (3..3).method(:message); rescue Exception; end
        begin; v2 = (62..2.5).include?(62); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      v3 = proc do |a0, a1|
        begin; Range.send(:alias_method, :m1, :m2); rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v4 = lambda do
    :y0
  end
rescue Exception
end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; String.send(:alias_method, :m3, :m2); rescue Exception; end
begin; C0.send(:remove_method, :tally); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :message); rescue Exception; end
begin; K0 = self; rescue Exception; end
begin; v5 = v4.respond_to?(:m0, true); rescue Exception; end
begin
  def m1()
    begin; 100.times { |i| "x" * 8 }; rescue Exception; end
    begin; Array.send(:alias_method, :m4, :m5); rescue Exception; end
    (0..0)
  end
rescue Exception
end
begin; v6 = v4.clone; rescue Exception; end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v7 = []; rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m6, :message); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; alias m7 anybits?; rescue Exception; end
  end
rescue Exception
end
begin; v8 = C0.instance_method(:tally); rescue Exception; end
begin
  class << v7
    begin; v9 = C0.new(); rescue Exception; end
    begin; v10 = [v9, 97, v9]; rescue Exception; end
    begin
      class << v10
        begin; v11 = :y2.respond_to?(:tally, true); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = v0 == v4; rescue Exception; end
begin; v13 = 1 + nil; rescue Exception; end
GC.start
