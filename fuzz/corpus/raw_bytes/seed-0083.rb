GC.start
begin; v0 = []; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; v1 = :upcase; rescue Exception; end
begin
  v2 = lambda do |a0|
    begin
      v4 = v1.intern(*v0) do
        begin; v3 = nil; rescue Exception; end
        v1
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v5 = {:k0 => v1}; rescue Exception; end
begin; p v5; rescue Exception; end
GC.start
begin; v5.singleton_class.send(:alias_method, :m0, :"<"); rescue Exception; end
begin; v2.call(v2, v2); rescue Exception; end
begin; v6 = Object.new(**v5); rescue Exception; end
begin; v7 = 93.respond_to?(:m0, true); rescue Exception; end
begin
  class C0 < Hash
    begin
      begin
        begin
          class C1 < String
            begin
              def m0(a0, o0 = 0, *rest, k0: 1, &blk)
                blk
              end
            rescue Exception
            end
            begin; v8 = nil; rescue Exception; end
            begin; v9 = :y2; rescue Exception; end
            begin; v10 = [v9]; rescue Exception; end
          end
        rescue Exception
        end
        begin; v11 = C0.new(); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    begin
      v12 = 47.send(:"<=", :y2) do |a0, *rest|
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:include, Enumerable); rescue Exception; end
begin; C1.extend(Comparable); rescue Exception; end
begin
  v13 = lambda do |a0|
    begin; v14 = v0.clone; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v6.singleton_class.send(:define_method, :m0, v13); rescue Exception; end
begin; String.send(:define_method, :m0, v2); rescue Exception; end
