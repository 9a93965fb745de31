begin; v0 = {}; rescue Exception; end
begin
  v2 = Fiber.new do |x|
    begin
      def m0(a0, *rest, p0)
        begin; v1 = 16.5.respond_to?(:m1, true); rescue Exception; end
        a0
      end
    rescue Exception
    end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v0.singleton_class.send(:undef_method, :m0); rescue Exception; end
begin; self.send(:delete, v0, k0: 3); rescue Exception; end
begin
  class << v0
    begin
      v3 = Class.new(Hash) do
        begin
          v4 = lambda do |a0, &blk|
            begin; v5 = :y5; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; v6 = [v4, v4]; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C1 < String
        begin; v7 = 39; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class << v3
        begin; v8 = (2..2).respond_to?(:m0); rescue Exception; end
        begin; v9 = v8.respond_to?(:m0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  (4..7).member?() do |a0, *rest|
    begin; eval("begin; K0 = v0; rescue Exception; end"); rescue Exception; end
    begin; C0.send(:prepend, Enumerable); rescue Exception; end
    a0
  end
rescue Exception
end
begin; K1 = 4.5; rescue Exception; end
begin
  class C2 < Array
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      ensure
        begin
          def m2(k0: 1, **kws)
            begin; v10 = C0.new(87); rescue Exception; end
            begin
              v10.singleton_class.send(:define_method, :m2) do |a0|
                a0
              end
            rescue Exception
            end
            kws
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v11 = (2..3); rescue Exception; end
    begin; 300.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; Range.send(:alias_method, :m1, :m1); rescue Exception; end
begin; v12 = Object.new(); rescue Exception; end
begin; v13 = :upcase; rescue Exception; end
begin
  def v0.m3(a0, o0 = 0)
    begin; v14 = Object.new(true); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  class << v2
    begin; :y1.capitalize(); rescue Exception; end
  end
rescue Exception
end
begin
  v15 = proc do |a0, &blk|
    begin
      3.times do |i|
        GC.start
        begin; v16 = v2.resume(1); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; K2 = "s5"; rescue Exception; end
begin; Integer.send(:define_method, :m0, v15); rescue Exception; end
begin; 8.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v17 = {:k0 => -0.5}; rescue Exception; end
GC.start
begin; v18 = C2.new(); rescue Exception; end
begin
  class << v12
    begin; Hash.send(:alias_method, :m1, :delete); rescue Exception; end
    begin; v19 = 76.public_send(:last); rescue Exception; end
  end
rescue Exception
end
begin; v20 = (0..5).send(:last); rescue Exception; end
begin; 30.times { |i| v17[i] = [i] }; rescue Exception; end
begin
  v21 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    k0
  end
rescue Exception
end
