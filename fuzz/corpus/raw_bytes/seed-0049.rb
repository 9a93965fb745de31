begin; ($stash ||= []).concat(Array.new(9) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m2, :">"); rescue Exception; end
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
    begin; v0 = C0.new(); rescue Exception; end
    begin; v1 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v2 = proc do |a0, o0 = 0|
    begin
      class C1 < String
        begin; v3 = C1.new(k0: 2); rescue Exception; end
      end
    rescue Exception
    end
    begin; v4 = C1.new(); rescue Exception; end
    nil
  end
rescue Exception
end
begin; v5 = v2.method(:m2); rescue Exception; end
begin; K0 = v5; rescue Exception; end
begin; v6 = 95; rescue Exception; end
begin; v7 = v2.singleton_class; rescue Exception; end
GC.start
begin; v8 = v7.dup; rescue Exception; end
begin; v9 = v2.to_proc; rescue Exception; end
begin
  C1.class_eval do
    begin
      def m3(a0, o0 = 0)
        begin; Range.send(:alias_method, :m4, :m5); rescue Exception; end
        begin; v10 = 8; rescue Exception; end
        57
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  30.times do |i|
    begin
      r1 = 0
      begin
        begin; C0.class_variable_set(:@@k1, v8); rescue Exception; end
      rescue => e
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    begin; v7.send(:define_method, :m6, v9); rescue Exception; end
  end
rescue Exception
end
begin; v11 = C0.new(); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  class C2 < C1
    begin; alias_method :m7, :each_line; rescue Exception; end
  end
rescue Exception
end
begin; v12 = :y0.method(:size).call(); rescue Exception; end
begin
  v13 = proc do |k0: 1, **kws|
    begin; K1 = v12; rescue Exception; end
    kws
  end
rescue Exception
end
begin
  v15 = Fiber.new do |x|
    begin; v14 = x.respond_to?(:m8); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v16 = v7.new(); rescue Exception; end
begin
  v17 = lambda do |a0, a1|
    begin
      r2 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          class << v16
            begin; v18 = "s9".respond_to?(:m9, true); rescue Exception; end
            begin
              def self.m10()
                13
              end
            rescue Exception
            end
            begin; v19 = v18.respond_to?(:m9); rescue Exception; end
          end
        rescue Exception
        end
        begin; v20 = v8.new(); rescue Exception; end
        r2 += 1
        retry if r2 < 2
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v21 = proc do |a0, &blk|
    begin; v11.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
    begin; p v6; rescue Exception; end
    a0
  end
rescue Exception
end
begin; C1.send(:undef_method, :">"); rescue Exception; end
begin; v7.send(:alias_method, :m0, :">"); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(2) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
