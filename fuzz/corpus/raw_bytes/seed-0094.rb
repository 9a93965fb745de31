begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  v2 = proc do |a0, *rest|
    begin
      v3 = proc do |a0, &blk|
        begin
          def m0(o0 = 0)
            begin
              Numeric.send(:define_method, :m1) do |k0: 1|
                k0
              end
            rescue Exception
            end
            begin
              Numeric.send(:define_method, :m2) do |a0, *rest|
                a0
              end
            rescue Exception
            end
            (1..2)
          end
        rescue Exception
        end
        blk
      end
    rescue Exception
    end
    begin; p 48; rescue Exception; end
    rest
  end
rescue Exception
end
begin
  class C0
    begin
      class C1
        begin; Integer.send(:alias_method, :m3, :m4); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2.freeze; rescue Exception; end
begin; K0 = K0; rescue Exception; end
GC.start
begin; v4 = v2.call(v1, (3..5)); rescue Exception; end
GC.start
begin; C0.send(:define_method, :m5, v2); rescue Exception; end
begin
  class Array
    begin; alias m6 keep_if; rescue Exception; end
  end
rescue Exception
end
begin; v5 = v0.singleton_class; rescue Exception; end
begin; C0.send(:remove_method, :m7); rescue Exception; end
begin
  v6 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    v4
  end
rescue Exception
end
begin; v7 = K0.respond_to?(:m8); rescue Exception; end
begin
  class Array
    begin; alias_method :m5, :keep_if; rescue Exception; end
  end
rescue Exception
end
begin
  module M2
    begin; K1 = (4..7); rescue Exception; end
  end
rescue Exception
end
begin; v5.send(:include, M2); rescue Exception; end
begin; v8 = [nil]; rescue Exception; end
begin
  v9 = proc do |o0 = 0|
    begin; v8 << self; rescue Exception; end
    begin; v2.instance_variable_set(:@i3, "s11"); rescue Exception; end
    v0
  end
rescue Exception
end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; p v2; rescue Exception; end
begin; C1.send(:alias_method, :m6, :keep_if); rescue Exception; end
begin
  v0.send(:m9, self, *v8, k0: 3) do |a0, a1|
    begin
      class Array
        begin; alias_method :m10, :keep_if; rescue Exception; end
        begin; alias_method :m11, :m8; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; 100.times { |i| v8 << i.to_s }; rescue Exception; end
