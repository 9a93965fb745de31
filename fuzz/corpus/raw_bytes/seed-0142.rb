GC.start
begin; v0 = 9; rescue Exception; end
begin; v1 = {:k0 => v0, :k1 => v0}; rescue Exception; end
begin; 100.times { |i| v1[i] = [i] }; rescue Exception; end
begin; v2 = [v1, v0, v0]; rescue Exception; end
begin; String.send(:alias_method, :m0, :m0); rescue Exception; end
begin; Object.send(:alias_method, :m1, :insert); rescue Exception; end
begin
  class String
    begin; alias_method :m2, :insert; rescue Exception; end
  end
rescue Exception
end
begin; v3 = v1.singleton_class; rescue Exception; end
begin; v4 = v1.respond_to?(:m3); rescue Exception; end
begin
  v5 = ->(a0, &blk) do
    blk
  end
rescue Exception
end
begin; v5.instance_variable_set(:@i0, v5); rescue Exception; end
begin
  v6 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class << v3
        begin; alias m4 m5; rescue Exception; end
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
    v1
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m4) do
    begin; v7 = v3.new(); rescue Exception; end
    46
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  class C0 < StandardError
    begin; alias_method :m1, :insert; rescue Exception; end
    begin; C0.send(:alias_method, :m2, :insert); rescue Exception; end
  end
rescue Exception
end
begin; v2 << self; rescue Exception; end
begin
  String.send(:define_method, :m5) do |k0: 1, **kws|
    begin; v8 = C0.instance_method(:m6); rescue Exception; end
    kws
  end
rescue Exception
end
begin; v9 = String.instance_method(:insert); rescue Exception; end
begin; C0.send(:alias_method, :m6, :m7); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m8, :each); rescue Exception; end
begin
  class Struct
    begin; alias m9 each; rescue Exception; end
  end
rescue Exception
end
begin; v10 = v9.bind(v6); rescue Exception; end
