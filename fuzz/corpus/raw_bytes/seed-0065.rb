GC.start
begin; v0 = nil.respond_to?(:reduce, true); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  v3 = v1.m0() do |a0|
    begin
      v2 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        rest
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; Range.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do
    begin
      v4 = ->() do
        begin; Object.send(:prepend, Enumerable); rescue Exception; end
        :y4
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin
  class C0 < String
    begin; C0.send(:alias_method, :m1, :message); rescue Exception; end
    begin
      def m2()
        (0..5)
      end
    rescue Exception
    end
    GC.start
    begin
      5.times do |i|
        begin; v5 = Struct.new(:f0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v1.singleton_class.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; C0.extend(Comparable); rescue Exception; end
    9.5
  end
rescue Exception
end
begin
  C0.send(:define_method, :m1) do
    v3
  end
rescue Exception
end
begin
  v6 = proc do |k0: 1|
    begin
      self.m4() do |a0, a1|
        a0
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin
  C0.send(:define_method, :m5) do |a0, o0 = 0, *rest, k0: 1, &blk|
    k0
  end
rescue Exception
end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; Enumerable.send(:alias_method, :m4, :reduce); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
GC.start
begin
  module M1
    begin
      module M2
        begin; C0.send(:remove_method, :m6); rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.send(:undef_method, :reduce); rescue Exception; end
    begin; v7 = ["s6", "s15", "s2"]; rescue Exception; end
  end
rescue Exception
end
begin
  class C3
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      class Exception
        begin; alias_method :m7, :message; rescue Exception; end
        begin; alias_method :m3, :m8; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C4
    GC.start
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          v8 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
            19.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v9 = 16.5.respond_to?(:m9); rescue Exception; end
    begin; v10 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin; C3.send(:alias_method, :m10, :reduce); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v6.freeze; rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m10) do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin; v11 = nil; rescue Exception; end
begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v12 = {}; rescue Exception; end
GC.start
begin
  v13 = proc do |a0|
    begin
      class << v6
        begin; v14 = "s19"; rescue Exception; end
        begin; K0 = (4..9); rescue Exception; end
        begin; v14.singleton_class.send(:alias_method, :m1, :reduce); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v15 = ->() do
    begin
      def m11(a0)
        true
      end
    rescue Exception
    end
    v11
  end
rescue Exception
end
