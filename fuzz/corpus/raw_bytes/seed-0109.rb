begin; v0 = 26.respond_to?(:partition); rescue Exception; end
begin; v1 = nil; rescue Exception; end
begin; v2 = v1.public_send(:m0); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin
  Array.class_eval do
    begin; v3.singleton_class.send(:alias_method, :m1, :partition); rescue Exception; end
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
begin; v4 = {:k0 => v1}; rescue Exception; end
begin; v5 = []; rescue Exception; end
begin; v6 = v4.to_proc(v0, v4); rescue Exception; end
begin
  class << v6
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v8 = [v4, v2]; rescue Exception; end
begin; v5 << v1; rescue Exception; end
begin
  class C0
    begin; v9 = C0.new(); rescue Exception; end
    begin; v10 = C0.new(); rescue Exception; end
    begin
      v9.send(:partition) do
        v10
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin
  def v5.m2(a0, &blk)
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    (2..6)
  end
rescue Exception
end
