begin
  :y5.to_proc() do
    begin
      class Array
        begin; alias_method :m0, :bsearch_index; rescue Exception; end
      end
    rescue Exception
    end
    begin; v0 = Struct.new(:f0, :f1); rescue Exception; end
    nil
  end
rescue Exception
end
begin; v1 = [nil]; rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m1, :nobits?); rescue Exception; end
begin
  Numeric.send(:define_method, :m2) do |a0, *rest, p0|
    begin; v2 = Object.new(); rescue Exception; end
    begin; 100.times { |i| v1 << i.to_s }; rescue Exception; end
    p0
  end
rescue Exception
end
begin
  v3 = Class.new(Object) do
    begin
      class Array
        begin; alias m3 bsearch_index; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
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
    begin; 300.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v1 << i.to_s }; rescue Exception; end
begin; v4 = (4..9); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m3) do
    begin
      module M1
        begin; C0.send(:alias_method, :m4, :any?); rescue Exception; end
      end
    rescue Exception
    end
    begin
      76.remainder(v1, *v1, k0: 3) do |k0: 1|
        v4
      end
    rescue Exception
    end
    "s11"
  end
rescue Exception
end
begin
  class << v3
    begin; C0.send(:alias_method, :m5, :nobits?); rescue Exception; end
    begin
      module M2
        begin; v5 = [91]; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m5) do |a0, a1|
    begin; v6 = v1.clone; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v3
    begin
      C0.class_eval do
        begin; v7 = 8.5.respond_to?(:m6); rescue Exception; end
      end
    rescue Exception
    end
    begin; K0 = (2..5); rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
    begin
      3.times do |i|
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M3
    begin
      def m7(a0, a1)
        true
      end
    rescue Exception
    end
    begin; C0.send(:remove_method, :bsearch_index); rescue Exception; end
  end
rescue Exception
end
