begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v0 = [nil, 52]; rescue Exception; end
begin
  module M0
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
    begin; "s17".rindex(true, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m0) do
    begin; v1 = v0.dup; rescue Exception; end
    true
  end
rescue Exception
end
begin; v2 = v0.respond_to?(:m1); rescue Exception; end
begin; 8.times { |i| v0 << i.to_s }; rescue Exception; end
GC.start
begin; v3 = v2.send(:"%", *v0); rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :downto); rescue Exception; end
GC.start
begin
  30.times do |i|
  end
rescue Exception
end
begin
  Range.send(:define_method, :m1) do
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin; 100.times { |i| v0 << i.to_s }; rescue Exception; end
    v3
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  v4 = Class.new(String) do
    begin; Range.send(:alias_method, :m2, :downto); rescue Exception; end
    GC.start
    GC.start
    GC.start
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
