GC.start
begin; v0 = String.instance_method(:m0); rescue Exception; end
begin; v1 = Object.new(1); rescue Exception; end
begin; v2 = v0.public_send(:m1, v1); rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin
  v3 = Class.new(String) do
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; v4 = -1.5; rescue Exception; end
    begin; String.extend(Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; v3.singleton_class.send(:define_method, :m2, v0); rescue Exception; end
begin; v5 = v3.dup; rescue Exception; end
begin; p "s0"; rescue Exception; end
begin
  class << v1
    begin; v6 = C0.new(self); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin
  class << v0
    begin
      def self.m3(a0, a1)
        begin; 10.times { |i| proc { i } }; rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m4, :"-@"); rescue Exception; end
    begin
      class C1
        begin; v7 = nil; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v8 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin
  class C2 < Array
    begin; v9 = Object.new(); rescue Exception; end
    begin; 10.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; v10 = v0.bind("s16"); rescue Exception; end
begin
  class << v10
    begin; 100.times { |i| { i => i } }; rescue Exception; end
    begin
      def m5(o0 = 0)
        83
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v5
    begin; v11 = true.respond_to?(:m1); rescue Exception; end
    begin
      class C3 < Numeric
        begin
          class C4 < C1
            begin
              def m1()
                :y1
              end
            rescue Exception
            end
            begin
              C4.send(:define_method, :m6) do |a0, o0 = 0|
                o0
              end
            rescue Exception
            end
            begin; C3.send(:alias_method, :m6, :m7); rescue Exception; end
            begin; v12 = C1.new(); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v0
    GC.start
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
begin; v13 = :y4; rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v14 = true.public_send(:m8); rescue Exception; end
begin; v15 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v16 = v1.clone; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  10.times do |i|
    begin
      class Array
        begin; alias_method :m9, :transpose; rescue Exception; end
        begin; alias_method :m7, :extend; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C5 < String
        begin
          C1.send(:define_method, :m10) do
            66
          end
        rescue Exception
        end
        begin; v17 = :y1.respond_to?(:m11); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
