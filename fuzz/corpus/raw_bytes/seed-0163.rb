begin; String.class_eval("begin\n  5.times do |i|\n    begin; 10.times { |i| \"x\" * 8 }; rescue Exception; end\n    begin; v0 = Object.new(k0: 2); rescue Exception; end\n  end\nrescue Exception\nend\nbegin\n  v1 = Fiber.new do |x|\n    begin; Object.send(:alias_method, :m0, :times); rescue Exception; end\n    Fiber.yield(x)\n    \"s8\"\n  end\nrescue Exception\nend"); rescue Exception; end
GC.start
begin
  Integer.send(:define_method, :m1) do |o0 = 0|
    begin; v2 = 10.5.public_send(:to_s, 1); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  def m1(a0, &blk)
    begin
      def m2(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v3 = Object.new(1); rescue Exception; end
        :y5
      end
    rescue Exception
    end
    begin; v4 = Object.new(); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v5 = 52.ceil(nil); rescue Exception; end
begin
  Integer.send(:define_method, :m3) do
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          def m1(a0, a1)
            begin; C0.send(:include, Comparable); rescue Exception; end
            begin; 100.times { |i| proc { i } }; rescue Exception; end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v5
  end
rescue Exception
end
begin; v6 = (4..6); rescue Exception; end
begin; v7 = (4..5).method(:message); rescue Exception; end
begin
  C0.send(:define_method, :m4) do
    (3..8)
  end
rescue Exception
end
begin; C0.send(:alias_method, :m5, :"<"); rescue Exception; end
begin
  v8 = proc do
    begin
      class << v6
        begin; C0.send(:remove_method, :message); rescue Exception; end
        begin
          module M1
            GC.start
          end
        rescue Exception
        end
        begin
          v9 = nil.public_send(:m6) do |k0: 1, **kws|
            k0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v5
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin; v8.freeze; rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; C0.send(:undef_method, :m7); rescue Exception; end
GC.start
begin; v10 = C0.instance_method(:times); rescue Exception; end
begin; v11 = v10.bind(self); rescue Exception; end
begin; v12 = v5.respond_to?(:m7); rescue Exception; end
begin; p 18.5; rescue Exception; end
begin
  v8.singleton_class.send(:define_method, :m8) do |a0|
    begin; raise ArgumentError, "x"; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v13 = C0.new(v12, v5); rescue Exception; end
begin; v14 = Object.new(v8); rescue Exception; end
begin
  Hash.send(:define_method, :m9) do |a0, a1|
    begin
      v13.instance_eval do
        begin
          v15 = proc do |o0 = 0|
            GC.start
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
    a0
  end
rescue Exception
end
begin; v16 = 5.5; rescue Exception; end
begin
  def v14.m8()
    begin; C0.extend(M1); rescue Exception; end
    5.5
  end
rescue Exception
end
begin
  class << v12
    begin; v17 = (4..8).respond_to?(:m6); rescue Exception; end
  end
rescue Exception
end
begin; v18 = C0.new(); rescue Exception; end
begin
  C0.send(:define_method, :m10) do |a0, a1|
    begin
      v19 = self.method(:"<").call(nil, v14) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          C0.class_eval do
            begin; C0.send(:remove_method, :m11); rescue Exception; end
          end
        rescue Exception
        end
        :y5
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
