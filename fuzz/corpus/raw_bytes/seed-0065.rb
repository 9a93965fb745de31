begin; v0 = [[self], [nil]].flatten; rescue Exception; end
begin
  Range.send(:define_method, :m0) do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m1, :i); rescue Exception; end
begin; M0.send(:remove_method, :m1); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; Object.instance_variable_set(:@k0, v0); rescue Exception; end
begin; Range.send(:alias_method, :m1, :m2); rescue Exception; end
begin; Hash.send(:alias_method, :m1, :entries); rescue Exception; end
GC.start
begin; v2 = v1.method(:m3); rescue Exception; end
begin
  module M0
    begin
      module M1
        begin; v3 = (3..6).send(:"=="); rescue Exception; end
        begin; M1.send(:include, M0); rescue Exception; end
      end
    rescue Exception
    end
    begin
      module M2
        begin
          30.times do |i|
          end
        rescue Exception
        end
        begin; M0.send(:remove_method, :m4); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; Object.send(:include, M1); rescue Exception; end
begin; Integer.send(:alias_method, :m5, :entries); rescue Exception; end
begin; v4 = Integer.instance_method(:i); rescue Exception; end
begin
  v5 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v6 = v1.dup; rescue Exception; end
    o0
  end
rescue Exception
end
begin; v7 = v0.send(:m5, k0: true); rescue Exception; end
begin
  class << v7
    begin
      v8 = proc do
        begin; v9 = Object.new(1); rescue Exception; end
        begin; 10.times { |i| Object.new }; rescue Exception; end
        16.5
      end
    rescue Exception
    end
    begin
      def m6(a0, a1)
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = v1.singleton_class; rescue Exception; end
begin; Object.send(:prepend, M1); rescue Exception; end
begin; v11 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v12 = v11.allocate(self, :y0); rescue Exception; end
begin; v10.send(:define_method, :m7, v2); rescue Exception; end
begin
  class << v11
    begin; v13 = 5.5.method(:m8); rescue Exception; end
    begin; v14 = v13.method(:call).call(&v13); rescue Exception; end
  end
rescue Exception
end
begin; v15 = v11.new(v2, 3.5); rescue Exception; end
