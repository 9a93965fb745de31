begin; ($stash ||= []).concat(Array.new(8) { |j| proc { j } }); rescue Exception; end
GC.start
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; v0 = Integer(:y2); rescue Exception; end
begin
  String.send(:define_method, :m1) do
    v0
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
    begin; Kernel.send(:alias_method, :m2, :__inspect_recursive?); rescue Exception; end
    begin; v1 = 81.respond_to?(:m3, true); rescue Exception; end
  end
rescue Exception
end
begin; v2 = C0.new(); rescue Exception; end
begin; v3 = C0.instance_method(:m2); rescue Exception; end
begin
  def v2.m1()
    "s9"
  end
rescue Exception
end
begin; 30.times { |i| v2.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  def v2.m3(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; C0.send(:alias_method, :m4, :m3); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  r1 = 0
  begin
  rescue => e
    begin; v3.public_send(:message, "s10", v0); rescue Exception; end
    begin; v2.extend(Comparable); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  class << v0
    begin; v4 = true == 15; rescue Exception; end
    begin; v5 = C0.class_variable_get(:@@k0); rescue Exception; end
    begin; 50.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; v3.public_send(:m3, v0, k0: 3); rescue Exception; end
begin; C0.send(:alias_method, :m2, :ljust); rescue Exception; end
begin
  class << v0
    begin; v6 = (1..5).respond_to?(:m5); rescue Exception; end
    begin
      def m6(a0, a1)
        begin; v7 = [[a1], [98]].flatten; rescue Exception; end
        0.5
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
  v8 = Fiber.new do |x|
    Fiber.yield(x)
    (0..2)
  end
rescue Exception
end
begin
  module M1
    begin; v9 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin
      module M2
        begin; eval("begin; v10 = C0.class_variable_get(:@@k1); rescue Exception; end"); rescue Exception; end
        begin
          class C3 < String
            begin; C0.send(:prepend, M2); rescue Exception; end
            begin; C0.send(:prepend, M2); rescue Exception; end
            begin; String.send(:alias_method, :m7, :__inspect_recursive?); rescue Exception; end
            begin; alias_method :m0, :strip; rescue Exception; end
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
  Object.class_eval do
    begin; C3.send(:alias_method, :m2, :message); rescue Exception; end
  end
rescue Exception
end
begin; v2.singleton_class.send(:remove_method, :m8); rescue Exception; end
begin; v11 = v2.m9(); rescue Exception; end
begin; v12 = [v11, v3].sort; rescue Exception; end
GC.start
begin; v13 = v3.bind(v8); rescue Exception; end
begin; v14 = [v0, true].sort; rescue Exception; end
GC.start
