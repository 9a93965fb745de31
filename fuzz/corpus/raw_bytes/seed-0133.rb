GC.start
begin; v0 = []; rescue Exception; end
begin; String.send(:alias_method, :m0, :">="); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    :y5
  end
rescue Exception
end
begin
  5.times do |i|
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
GC.start
begin
  def m0()
    begin; v1 = nil.method(:ljust); rescue Exception; end
    begin; p v1; rescue Exception; end
    (3..4)
  end
rescue Exception
end
begin
  Range.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; Object.class_variable_set(:@@k1, v0); rescue Exception; end
    GC.start
    a0
  end
rescue Exception
end
begin; 30.times { |i| v0 << i.to_s }; rescue Exception; end
begin; v2 = Object.new(88); rescue Exception; end
begin
  class C0
    begin; 50.times { |i| { i => i } }; rescue Exception; end
    begin
      v4 = true.m0(1) do |a0, &blk|
        begin; v3 = C0.new(); rescue Exception; end
        blk
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
GC.start
begin
  class C1 < String
    begin
      v5 = 93.times() do
        begin
          C0.send(:define_method, :m2) do
            begin
              def self.m3(a0, a1)
                a0
              end
            rescue Exception
            end
            nil
          end
        rescue Exception
        end
        29
      end
    rescue Exception
    end
    begin
      def m4(a0)
        nil
      end
    rescue Exception
    end
    begin; v6 = {}; rescue Exception; end
  end
rescue Exception
end
begin; v7 = v0.respond_to?(:m5); rescue Exception; end
begin; v8 = Object.new(*v0); rescue Exception; end
begin; K0 = v0; rescue Exception; end
