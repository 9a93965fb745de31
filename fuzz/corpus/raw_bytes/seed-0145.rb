GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  2.times do |i|
    GC.start
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, *rest|
    begin
      v1 = lambda do |a0|
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v2 = v0.respond_to?(:m0); rescue Exception; end
begin
  def v0.m1(a0)
    begin; v3 = Object.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; nil.public_send(:m2, "s6", nil); rescue Exception; end
    begin; v4 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Array
    begin; 100.times { |i| proc { i } }; rescue Exception; end
    begin
      class C2 < StandardError
        begin
          v6 = Fiber.new do |x|
            begin; v5 = self.m2(x); rescue Exception; end
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
            Fiber.yield(x)
            -1
          end
        rescue Exception
        end
        begin; Integer.send(:alias_method, :m1, :"=="); rescue Exception; end
        begin; Comparable.send(:alias_method, :m3, :"=="); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v0.m4(a0, *rest, p0)
    nil
  end
rescue Exception
end
begin
  module M3
    begin
      def m5()
        begin; C1.send(:alias_method, :m6, :m0); rescue Exception; end
        18.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin; v7 = v0.respond_to?(:m1); rescue Exception; end
begin
  class << v0
    begin; v8 = C2.new(); rescue Exception; end
    begin
      class << v8
        begin; 53.m7(:y2, "s15"); rescue Exception; end
        begin; v9 = [true]; rescue Exception; end
        begin
          v10 = proc do
            begin
              def m0(a0, o0 = 0)
                49
              end
            rescue Exception
            end
            begin
              def m4(a0, o0 = 0, *rest, k0: 1, &blk)
                blk
              end
            rescue Exception
            end
            v9
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; 50.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  54.send(:"**") do
    v2
  end
rescue Exception
end
begin
  v11 = proc do
    begin; C2.send(:prepend, M3); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  C2.class_eval do
    begin
      class C4 < Numeric
        begin; v12 = [nil, true]; rescue Exception; end
        begin; v13 = 44.method(:slice!); rescue Exception; end
        begin; v14 = v13.method(:m8); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = nil; rescue Exception; end
begin; v16 = v11.to_proc; rescue Exception; end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
