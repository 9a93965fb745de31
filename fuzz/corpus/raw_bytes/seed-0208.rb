GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  module M0
    begin; v1 = nil.exception(); rescue Exception; end
    begin
      v2 = ->(a0, a1) do
        begin; v3 = Object.new(1); rescue Exception; end
        begin
          v4 = proc do |a0|
            v1
          end
        rescue Exception
        end
        90
      end
    rescue Exception
    end
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v6 = Fiber.new do |x|
    begin; M0.send(:undef_method, :m0); rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m0, :exception); rescue Exception; end
begin
  Range.class_eval do
    begin; Comparable.send(:alias_method, :m0, :"=="); rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v8 = v0.instance_variable_get(:@i1); rescue Exception; end
begin
  v9 = Class.new(Object) do
    begin; v10 = nil.respond_to?(:m0); rescue Exception; end
    begin
      C1.send(:define_method, :m1) do
        begin
          5.times do |i|
            GC.start
          end
        rescue Exception
        end
        begin
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          ensure
            begin; raise RuntimeError, "x"; rescue Exception; end
          end
        rescue Exception
        end
        v10
      end
    rescue Exception
    end
    begin
      def m1(k0: 1, **kws)
        begin; v11 = (3..4).public_send(:first, nil); rescue Exception; end
        begin; Numeric.send(:alias_method, :m2, :m3); rescue Exception; end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = v9.clone; rescue Exception; end
GC.start
begin; v13 = self.respond_to?(:m0); rescue Exception; end
begin; C1.send(:undef_method, :m4); rescue Exception; end
begin
  v14 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v15 = v9.respond_to?(:m1, true); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v16 = v12.new(7.5, (3..5)); rescue Exception; end
begin; v17 = v12.new(); rescue Exception; end
begin; v18 = nil; rescue Exception; end
begin
  v6.m5() do
    begin; v19 = Object.new(v13, v0); rescue Exception; end
    begin; v14.instance_eval("begin; nil.m6(v14, v8); rescue Exception; end"); rescue Exception; end
    v8
  end
rescue Exception
end
begin
  class << v16
    begin
      v20 = lambda do |k0: 1|
        k0
      end
    rescue Exception
    end
    begin; v21 = v20.respond_to?(:m3, true); rescue Exception; end
  end
rescue Exception
end
begin; (4..9).method(:each).call(v12, :y4); rescue Exception; end
begin
  def v0.m7(a0, o0 = 0, *rest, k0: 1, &blk)
    (4..9)
  end
rescue Exception
end
begin
  r1001 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1001 += 1
    retry if r1001 < 2
  ensure
    begin; 30.times { |i| v17.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    begin; v22 = v13.respond_to?(:m8); rescue Exception; end
  end
rescue Exception
end
begin; v23 = [v9, v8]; rescue Exception; end
begin; v24 = nil; rescue Exception; end
begin
  module M2
    begin; v25 = :y4; rescue Exception; end
    begin; C1.send(:alias_method, :m9, :m10); rescue Exception; end
  end
rescue Exception
end
begin; M0.send(:remove_method, :m11); rescue Exception; end
begin
  v26 = ->(a0, o0 = 0) do
    GC.start
    o0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; 8.times { |i| v23 << i.to_s }; rescue Exception; end
begin
  v27 = v13.m4() do
    begin; C1.send(:prepend, M0); rescue Exception; end
    v6
  end
rescue Exception
end
begin; v16.instance_variable_set(:@i1, v8); rescue Exception; end
