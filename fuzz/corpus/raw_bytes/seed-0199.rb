GC.start
begin; M0.send(:remove_method, :m0); rescue Exception; end
begin; v0 = :y1.public_send(:casecmp?, 1); rescue Exception; end
begin
  v1 = lambda do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin; v2 = [v0, "s7", v0]; rescue Exception; end
GC.start
begin
  class << v2
    begin; v3 = "s18".respond_to?(:m0); rescue Exception; end
    begin
      v4 = proc do
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn2")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn2") || super
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    begin
      module M0
        begin
          class C1 < Numeric
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; v5 = :y0; rescue Exception; end
            begin; 50.times { |i| { i => i } }; rescue Exception; end
          end
        rescue Exception
        end
        begin
          r1 = 0
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            r1 += 1
            retry if r1 < 2
          end
        rescue Exception
        end
        begin
          begin
            begin; v6 = "s17".include?(); rescue Exception; end
            begin; v7 = v6.rstrip!(); rescue Exception; end
          rescue => e
            begin; v8 = {}; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m1, :rstrip!); rescue Exception; end
begin; v9 = v1.clone; rescue Exception; end
begin
  v11 = 11.5.send(:rstrip!, &v1) do |k0: 1, **kws|
    begin; v10 = 81; rescue Exception; end
    v1
  end
rescue Exception
end
begin; v2 << v9; rescue Exception; end
begin
  v12 = Class.new(Hash) do
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; v13 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v12
    begin
      def m0(o0 = 0)
        begin; 100.times { |i| Object.new }; rescue Exception; end
        begin; C1.send(:include, M0); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      class C3
        begin; v14 = {:k0 => 9}; rescue Exception; end
        begin
          1.times do |i|
            begin; v15 = Struct.new(:f0, :f1); rescue Exception; end
          end
        rescue Exception
        end
        begin
          def m2(a0, o0 = 0, *rest, k0: 1, &blk)
            k0
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
  v16 = lambda do |a0, *rest, p0|
    begin; v17 = [v0, v12, v12]; rescue Exception; end
    begin
      begin
        begin; 50.times { |i| [i, i] }; rescue Exception; end
        begin; v18 = v12.clone; rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v19 = Object.new(v11); rescue Exception; end
      ensure
        begin
          2.times do |i|
            begin; v20 = C3.new(); rescue Exception; end
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
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  r2 = 0
  begin
  rescue => e
    begin; v12.singleton_class.send(:alias_method, :m3, :rstrip!); rescue Exception; end
    r2 += 1
    retry if r2 < 2
  ensure
    begin
      r3 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        r3 += 1
        retry if r3 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
