begin; ($stash ||= []).concat(Array.new(4) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; Range.send(:alias_method, :m0, :message); rescue Exception; end
begin
  v0 = ->() do
    begin; K0 = :y4; rescue Exception; end
    begin
      self.send(:m1, 61, k0: 3) do |a0, *rest, p0|
        begin; Range.send(:alias_method, :m2, :to_a); rescue Exception; end
        begin; v1 = Object.new(k0: 2); rescue Exception; end
        (0..4)
      end
    rescue Exception
    end
    18.5
  end
rescue Exception
end
begin; v2 = []; rescue Exception; end
begin
  v3 = Class.new(Object) do
    begin; v4 = C0.new(); rescue Exception; end
    begin
      C0.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
        rest
      end
    rescue Exception
    end
    begin
      class << v4
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  module M1
    begin; v5 = Object.new(true); rescue Exception; end
    begin; v6 = v5.respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m3) do |a0, a1|
    begin; v7 = [[a0], [v0]].flatten; rescue Exception; end
    v0
  end
rescue Exception
end
begin; v8 = C0.new(); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
begin; v3.singleton_class.send(:undef_method, :m5); rescue Exception; end
begin; v9 = v3.new(*v2); rescue Exception; end
begin; v3.send(:prepend, M1); rescue Exception; end
begin; v9.instance_eval(""); rescue Exception; end
begin; p v8; rescue Exception; end
begin
  def m6(a0)
    a0
  end
rescue Exception
end
begin
  class << v8
    begin
      def m7(a0, &blk)
        (2..7)
      end
    rescue Exception
    end
    begin; v10 = [(1..2), self].sort; rescue Exception; end
  end
rescue Exception
end
begin; v11 = v2.singleton_class; rescue Exception; end
begin; C0.send(:undef_method, :to_a); rescue Exception; end
GC.start
