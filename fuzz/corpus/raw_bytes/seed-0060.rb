begin; v0 = Object.new(); rescue Exception; end
begin; Hash.send(:alias_method, :m0, :to_c); rescue Exception; end
begin
  v1 = proc do |a0, &blk|
    GC.start
    a0
  end
rescue Exception
end
begin; Range.send(:alias_method, :m1, :puts); rescue Exception; end
begin; v1.extend(Enumerable); rescue Exception; end
begin
  v2 = Class.new(Object) do
    begin; String.send(:alias_method, :m2, :m3); rescue Exception; end
  end
rescue Exception
end
begin
  v2.instance_eval do
    begin
      v3 = proc do |a0, *rest, p0|
        GC.start
        true
      end
    rescue Exception
    end
    begin
      v0.instance_eval do
        begin
          module M1
            begin
              def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
              def to_str; "c#{to_int}"; end
              def to_ary; [to_int, to_str]; end
              def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
              def hash; to_int.hash; end
              def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
              def ==(o); eql?(o); end
              def coerce(o); [o, to_int]; end
            rescue Exception
            end
            begin
              def method_missing(name, *args, &blk)
                if name.to_s.start_with?("dyn0")
                  [name, args.size, blk]
                else
                  super
                end
              end
              def respond_to_missing?(name, priv = false)
                name.to_s.start_with?("dyn0") || super
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  v0.singleton_class.send(:define_method, :m0) do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin; v4 = C0.new(); rescue Exception; end
begin
  v4.singleton_class.send(:define_method, :m4) do |k0: 1|
    begin
      class C2 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v5 = C2.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      begin
        begin; 100.times { |i| [i, i] }; rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; C0.send(:undef_method, :m5); rescue Exception; end
        begin
          v6 = Class.new(Array) do
            begin; v7 = ["s14", 82, "s14"].sort { |x, y| y <=> x }; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k2, 81); rescue Exception; end
