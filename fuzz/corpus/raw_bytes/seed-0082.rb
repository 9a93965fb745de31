GC.start
begin; 29.modulo(); rescue Exception; end
begin
  class C0 < String
    begin; String.send(:alias_method, :m0, :to_s); rescue Exception; end
    begin; v0 = [self]; rescue Exception; end
    begin
      def m1(a0, *rest, p0)
        p0
      end
    rescue Exception
    end
    begin; alias_method :m1, :m1; rescue Exception; end
  end
rescue Exception
end
begin; v1 = nil.respond_to?(:m2, true); rescue Exception; end
begin
  class C1 < Array
    begin; v2 = 5.5.nan?(); rescue Exception; end
    GC.start
    begin; alias_method :m3, :combination; rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; alias_method :m4, :to_h; rescue Exception; end
    begin
      v3 = lambda do |a0, a1|
        begin; 26.send(:round, 1); rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin
      r1 = 0
      begin
        begin
          class << v1
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
            begin; v4 = (0..4).respond_to?(:m3); rescue Exception; end
            begin; C1.send(:undef_method, :m5); rescue Exception; end
          end
        rescue Exception
        end
        begin; v5 = C0.new(); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
  rescue => e
    begin; v6 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v7 = :upcase; rescue Exception; end
begin
  class << v1
    begin; alias m6 to_h; rescue Exception; end
  end
rescue Exception
end
begin; p 13.5; rescue Exception; end
begin
  String.send(:define_method, :m7) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class C2
        begin; v8 = 6.5.respond_to?(:m8, true); rescue Exception; end
        begin
          def m5(k0: 1, **kws)
            kws
          end
        rescue Exception
        end
        begin; v9 = v8.respond_to?(:m8); rescue Exception; end
      end
    rescue Exception
    end
    GC.start
    7.5
  end
rescue Exception
end
begin; v10 = C2.new(v1); rescue Exception; end
begin
  def v10.m9(k0: 1, **kws)
    kws
  end
rescue Exception
end
begin; v11 = C1.new(&v7); rescue Exception; end
begin
  v12 = lambda do |a0|
    begin; C2.send(:alias_method, :m10, :to_s); rescue Exception; end
    v11
  end
rescue Exception
end
begin; v13 = [49, v1, v7]; rescue Exception; end
begin; v10.instance_variable_set(:@i0, (2..7)); rescue Exception; end
begin; v14 = [v7]; rescue Exception; end
begin
  C1.send(:define_method, :m6) do |a0|
    begin
      def v14.m9(a0, &blk)
        true
      end
    rescue Exception
    end
    (0..5)
  end
rescue Exception
end
begin; C1.send(:define_method, :m11, v12); rescue Exception; end
begin; v15 = v7.respond_to?(:m1, true); rescue Exception; end
begin; v16 = v12.instance_variable_get(:@i2); rescue Exception; end
begin; C2.send(:alias_method, :m10, :to_h); rescue Exception; end
begin
  def v14.m8(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v17 = Object.new(1); rescue Exception; end
    78
  end
rescue Exception
end
begin; K0 = v11; rescue Exception; end
begin
  3.times do |i|
    begin; v13.singleton_class.send(:undef_method, :m8); rescue Exception; end
  end
rescue Exception
end
begin
  v19 = v14.method(:assoc).call() do |a0|
    begin; v18 = v10.method(:m4); rescue Exception; end
    v1
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; String.send(:define_method, :m9, v12); rescue Exception; end
begin; v20 = Object.new(k0: 2); rescue Exception; end
