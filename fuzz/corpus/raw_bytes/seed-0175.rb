GC.start
begin; Integer.send(:alias_method, :m0, :m1); rescue Exception; end
begin; Range.extend(Enumerable); rescue Exception; end
begin; v0 = {:k0 => (2..5), :k1 => 19.5}; rescue Exception; end
begin
  class << v0
    begin; v1 = (4..6); rescue Exception; end
    begin; v1.dup(1); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; String.send(:alias_method, :m2, :dig); rescue Exception; end
begin; v2 = Integer(v0); rescue Exception; end
begin; v3 = v0.respond_to?(:m3); rescue Exception; end
begin
  Integer.class_eval do
    begin
      Array.send(:define_method, :m3) do
        v2
      end
    rescue Exception
    end
    begin
      2.times do |i|
        begin; v4 = Struct.new(:f0, :f1); rescue Exception; end
        begin
          def m0()
            14.5
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
  v0.singleton_class.send(:define_method, :m3) do
    begin
      class << v0
        begin
          def self.m4(a0)
            begin; p true; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; alias_method :m4, :m5; rescue Exception; end
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; v5 = [v0, 10.5, v0].sort { |x, y| y <=> x }; rescue Exception; end
begin
  v6 = Proc.new do |a0, o0 = 0|
    v5
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m2, :m4); rescue Exception; end
begin; v0.dig(**v0); rescue Exception; end
begin
  class C0 < Exception
    begin
      v7 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        GC.start
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; ($stash ||= []).concat(Array.new(5) { |j| Object.new }); rescue Exception; end
begin; v8 = C0.instance_variable_get(:@k2); rescue Exception; end
begin
  v9 = Fiber.new do |x|
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  v10 = lambda do
    begin; v11 = true.dup(); rescue Exception; end
    begin
      def m5()
        :y5
      end
    rescue Exception
    end
    13
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; v12 = {:k0 => v3}; rescue Exception; end
begin
  module M1
    begin
      v13 = Proc.new do |a0, &blk|
        begin; v14 = C0.new(); rescue Exception; end
        blk
      end
    rescue Exception
    end
    begin
      def self.m6(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; C0.send(:remove_method, :dig); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      v13.singleton_class.send(:define_method, :m7) do
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = {}; rescue Exception; end
begin; v16 = C0.class_variable_get(:@@k0); rescue Exception; end
begin
  def m0(a0)
    begin; v17 = C0.instance_variable_get(:@k1); rescue Exception; end
    begin; v18 = 73; rescue Exception; end
    "s12"
  end
rescue Exception
end
GC.start
