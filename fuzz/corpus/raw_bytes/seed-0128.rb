begin
  v0 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v1 = Object.new(); rescue Exception; end
    begin; v2 = nil; rescue Exception; end
    nil
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i0, v0); rescue Exception; end
begin
  class << v0
    begin; v3 = Object.new(); rescue Exception; end
    begin; K0 = v3; rescue Exception; end
  end
rescue Exception
end
begin; v4 = Object.new(1); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m0, :"-@"); rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin
  v9 = v0.to_s(v4, v4) do
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          v5 = proc do |a0, a1|
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
            begin; v6 = C0.new(); rescue Exception; end
            a1
          end
        rescue Exception
        end
        begin; v7 = {:k0 => v5, :k1 => v5}; rescue Exception; end
        begin; v8 = true.respond_to?(:"-@"); rescue Exception; end
      end
    rescue Exception
    end
    v4
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m1) do |a0, a1|
    v4
  end
rescue Exception
end
GC.start
begin; v10 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v11 = "s13"; rescue Exception; end
begin
  2.times do |i|
    begin; C0.send(:undef_method, :message); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; p v10; rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  class String
    begin; alias_method :m1, :clear; rescue Exception; end
  end
rescue Exception
end
begin
  v11.send(:valid_encoding?) do
    begin; v12 = v11.respond_to?(:m2, true); rescue Exception; end
    true
  end
rescue Exception
end
GC.start
begin
  class << v10
    begin
      class C1 < C0
        begin
          def self.m3()
            begin; v13 = true.method(:"-@"); rescue Exception; end
            begin; C0.extend(Comparable); rescue Exception; end
            nil
          end
        rescue Exception
        end
        GC.start
        GC.start
      end
    rescue Exception
    end
    GC.start
    GC.start
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
