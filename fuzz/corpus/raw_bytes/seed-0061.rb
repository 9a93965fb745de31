GC.start
begin
  class C0 < String
    begin
      def self.m0(a0, &blk)
        begin; v0 = C0.instance_method(:collect!); rescue Exception; end
        GC.start
        blk
      end
    rescue Exception
    end
    begin; v1 = C0.new(84); rescue Exception; end
    begin; v2 = v1.clone; rescue Exception; end
    begin
      class << v1
        begin; v3 = Object.new(true, 6.5); rescue Exception; end
        begin; v4 = 71.method(:collect!); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = C0.new(); rescue Exception; end
begin; v6 = {}; rescue Exception; end
begin; v7 = 22.respond_to?(:m0, true); rescue Exception; end
begin
  v8 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class << v7
        begin; C0.send(:undef_method, :collect!); rescue Exception; end
        GC.start
        GC.start
      end
    rescue Exception
    end
    GC.start
    a0
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
