GC.start
begin; v0 = {}; rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :tap); rescue Exception; end
GC.start
begin
  class << v0
    begin; alias m0 first; rescue Exception; end
    begin; v1 = Object.new(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v2 = :y4.public_send(:downcase); rescue Exception; end
    begin
      def m1(a0, a1)
        begin
          String.send(:define_method, :m2) do |k0: 1|
            begin; v3 = "s1".respond_to?(:first); rescue Exception; end
            begin; v4 = :y2; rescue Exception; end
            k0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; Integer.send(:alias_method, :m3, :first); rescue Exception; end
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m0, :m4); rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin; String.send(:alias_method, :m1, :first); rescue Exception; end
begin
  13.remainder(1) do |a0|
    begin; v6 = v0.send(:"==", **v0); rescue Exception; end
    GC.start
    v0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m5, :tap); rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = v0.respond_to?(:m6, true); rescue Exception; end
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
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
