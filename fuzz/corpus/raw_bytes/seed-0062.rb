GC.start
begin; v0 = "s2".respond_to?(:m0, true); rescue Exception; end
begin; v1 = (2..4); rescue Exception; end
begin; v2 = :y1; rescue Exception; end
begin
  1.times do |i|
    begin; v3 = v1.m1(k0: 2); rescue Exception; end
    begin
      30.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  Object.send(:define_method, :m1) do |a0, o0 = 0|
    v2
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin
  v4 = v1.send(:cover?) do |a0, &blk|
    begin
      def m1(a0, a1)
        begin; 14.5.send(:"==", true, 83); rescue Exception; end
        begin; Integer.send(:alias_method, :m0, :transpose); rescue Exception; end
        a0
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; Object.instance_variable_set(:@k1, v2); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  v5 = Class.new(Object) do
    begin; v6 = C0.new(); rescue Exception; end
    begin; 8.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    begin; 8.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; alias m1 transpose; rescue Exception; end
  end
rescue Exception
end
begin; v7 = :y0; rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m0, :m2); rescue Exception; end
GC.start
begin; K0 = v1; rescue Exception; end
begin
  v8 = Class.new(String) do
    begin; 300.times { |i| "x" * 8 }; rescue Exception; end
    begin
      v9 = lambda do
        begin
          module M2
            begin; v10 = {:k0 => nil}; rescue Exception; end
            begin
              def m2(a0, o0 = 0, *rest, k0: 1, &blk)
                :y2
              end
            rescue Exception
            end
            begin; p 9; rescue Exception; end
          end
        rescue Exception
        end
        5.5
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v11 = v7.to_proc; rescue Exception; end
begin; C0.send(:undef_method, :m1); rescue Exception; end
