begin
  module M0
    begin; v0 = {:k0 => :y1}; rescue Exception; end
    begin; v0.extend(M0); rescue Exception; end
    begin; v1 = [v0, v0, self]; rescue Exception; end
  end
rescue Exception
end
begin
  v3 = :y3.public_send(:uniq!, true, true) do
    begin; v2 = [nil]; rescue Exception; end
    (2..5)
  end
rescue Exception
end
begin; Object.send(:include, M0); rescue Exception; end
GC.start
begin; v4 = v3.method(:m0); rescue Exception; end
begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class C1 < Exception
    begin
      v6 = proc do |k0: 1, **kws|
        begin
          v7 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; v8 = true; rescue Exception; end
            blk
          end
        rescue Exception
        end
        k0
      end
    rescue Exception
    end
    begin
      class << v6
        begin
          v9 = proc do
            begin; v10 = {:k0 => 14.5, :k1 => nil}; rescue Exception; end
            begin; v11 = v10.method(:uniq!); rescue Exception; end
            52
          end
        rescue Exception
        end
        begin; v9.call(k0: 2); rescue Exception; end
        begin
          def v9.m1(o0 = 0)
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C1.send(:remove_method, :m2); rescue Exception; end
  end
rescue Exception
end
begin; v12 = v5.singleton_class; rescue Exception; end
begin; v13 = "s1"; rescue Exception; end
begin; v14 = v5.instance_variable_get(:@i3); rescue Exception; end
