begin; ($stash ||= []).concat(Array.new(5) { |j| Object.new }); rescue Exception; end
GC.start
begin
  v0 = proc do |o0 = 0|
    begin; v1 = :upcase; rescue Exception; end
    nil
  end
rescue Exception
end
begin; v2 = { 6 => 1, v0 => 2 }[6]; rescue Exception; end
begin
  class << v2
    begin; Hash.send(:alias_method, :m0, :dig); rescue Exception; end
    begin; v3 = 8.5.respond_to?(:m1); rescue Exception; end
    begin; v4 = Range.instance_method(:enum_for); rescue Exception; end
  end
rescue Exception
end
begin; v5 = Object.class_variable_get(:@@k0); rescue Exception; end
begin; Object.send(:alias_method, :m0, :m2); rescue Exception; end
begin; p v0; rescue Exception; end
begin; v6 = self.method(:enum_for); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; p 29; rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin
  v8 = ->(a0, a1) do
    v6
  end
rescue Exception
end
begin
  def v7.m3(a0)
    begin; v9 = true.m2(true); rescue Exception; end
    a0
  end
rescue Exception
end
begin; Object.send(:alias_method, :m4, :to_proc); rescue Exception; end
GC.start
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  def v8.m4()
    begin; v10 = Object.new(); rescue Exception; end
    nil
  end
rescue Exception
end
begin; v11 = String.instance_method(:m5); rescue Exception; end
GC.start
begin
  class C0 < Hash
    begin
      String.send(:define_method, :m6) do |a0|
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m7, :dig); rescue Exception; end
begin; v12 = C0.instance_method(:to_proc); rescue Exception; end
begin
  class << v5
    GC.start
    begin
      class C1
        begin; v13 = C0.new(); rescue Exception; end
        begin
          def v13.m7(a0)
            true
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v14 = true.respond_to?(:m8); rescue Exception; end
  end
rescue Exception
end
begin
  v7.singleton_class.send(:define_method, :m9) do
    begin
      r1 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          class << v7
            begin; K0 = (0..5); rescue Exception; end
            begin; Hash.send(:alias_method, :m6, :dig); rescue Exception; end
            begin; C1.send(:undef_method, :m7); rescue Exception; end
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    v11
  end
rescue Exception
end
begin; v15 = v11.bind(v5); rescue Exception; end
begin
  class << v6
    begin; alias m9 enum_for; rescue Exception; end
    GC.start
    begin
      self.m9() do |k0: 1|
        begin
          def self.m10(a0, &blk)
            begin; C0.class_variable_set(:@@k2, nil); rescue Exception; end
            begin; v16 = C0.new(); rescue Exception; end
            a0
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
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v8.m11(a0, o0 = 0, *rest, k0: 1, &blk)
    k0
  end
rescue Exception
end
begin
  class C2 < Numeric
    begin; alias_method :m10, :negative?; rescue Exception; end
  end
rescue Exception
end
GC.start
