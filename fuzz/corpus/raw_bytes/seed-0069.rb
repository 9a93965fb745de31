begin; v0 = (1..4).method(:m0); rescue Exception; end
begin
  v1 = self.select(1) do |a0, a1|
    begin; 50.times { |i| Object.new }; rescue Exception; end
    a1
  end
rescue Exception
end
begin; Array.send(:alias_method, :m0, :intersection); rescue Exception; end
begin; v2 = 13.5; rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
GC.start
begin; Array.send(:alias_method, :m1, :intersection); rescue Exception; end
begin
  v3 = lambda do |a0, a1|
    begin
      v4 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          v5 = Class.new(Exception) do
            begin; v6 = []; rescue Exception; end
          end
        rescue Exception
        end
        begin; v5.send(:include, Comparable); rescue Exception; end
        v2
      end
    rescue Exception
    end
    begin
      class << v1
        begin; v7 = {}; rescue Exception; end
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin
  v8 = Proc.new do |a0, *rest|
    begin
      v9 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          def self.m2()
            begin; v10 = true.respond_to?(:m2); rescue Exception; end
            nil
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  10.times do |i|
    begin
      v8.singleton_class.send(:define_method, :m3) do |a0, a1|
        begin; String.send(:alias_method, :m4, :intersection); rescue Exception; end
        v3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class << v3
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
      def m2(o0 = 0)
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class C2 < String
    begin; v13 = C2.new(1); rescue Exception; end
    begin; v14 = (2..5); rescue Exception; end
  end
rescue Exception
end
begin
  def m5(a0, o0 = 0)
    begin; v15 = Object.new(true, "s12"); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v16 = (3..3); rescue Exception; end
begin; v17 = v0.respond_to?(:m6); rescue Exception; end
begin; v8.extend(Comparable); rescue Exception; end
begin
  class << v8
    begin; C2.class_eval("begin\n  Object.send(:define_method, :m3) do |k0: 1|\n    begin; 100.times { |i| [i, i] }; rescue Exception; end\n    begin; C2.send(:alias_method, :m7, :intersection); rescue Exception; end\n    k0\n  end\nrescue Exception\nend\nbegin\n  class Struct\n    begin; alias m8 select; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
    begin; v18 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v19 = [v2]; rescue Exception; end
begin
  v20 = lambda do
    v1
  end
rescue Exception
end
