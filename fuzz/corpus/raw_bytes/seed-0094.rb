begin; v0 = (3..7); rescue Exception; end
begin; v0.send(:"==", v0); rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin
  class Hash
    begin; alias_method :m0, :merge; rescue Exception; end
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin
  v2 = true.m0(19.5) do |a0, &blk|
    blk
  end
rescue Exception
end
begin
  class << v1
    begin; v3 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  def m0(a0, a1)
    begin
      v4 = Fiber.new do |x|
        Fiber.yield(x)
        29
      end
    rescue Exception
    end
    begin; v5 = v4.method(:m1); rescue Exception; end
    8.5
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m1, :merge); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m2, :merge); rescue Exception; end
begin
  v6 = ->(o0 = 0) do
    GC.start
    16.5
  end
rescue Exception
end
begin; v0.send(:overlap?, v6, nil); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  class C0
    begin; C0.send(:alias_method, :m3, :merge); rescue Exception; end
    begin
      v7 = proc do |a0, &blk|
        begin
          class Hash
            begin; alias_method :m4, :merge; rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v7.instance_variable_set(:@i2, self); rescue Exception; end
  end
rescue Exception
end
begin
  class << v6
    begin
      v8 = proc do
        :y4
      end
    rescue Exception
    end
    begin; v9 = v8.respond_to?(:m2, true); rescue Exception; end
    begin; v10 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < String
    begin; Integer.send(:alias_method, :m3, :merge); rescue Exception; end
    begin
      Hash.send(:define_method, :m5) do |a0, a1|
        begin
          C0.send(:define_method, :m6) do
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
            65
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    begin
      r1 = 0
      begin
        begin
          def m6(a0, a1)
            begin; v11 = Integer("s9"); rescue Exception; end
            begin; C1.send(:undef_method, :merge); rescue Exception; end
            a1
          end
        rescue Exception
        end
      rescue => e
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12 = Class.new(Hash) do
    begin; C0.extend(Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; C0.instance_variable_set(:@k1, v1); rescue Exception; end
begin; eval("begin\n  v13 = lambda do\n    v0\n  end\nrescue Exception\nend\nbegin; v14 = {}; rescue Exception; end"); rescue Exception; end
begin
  class << v0
    begin; v15 = true.respond_to?(:m7); rescue Exception; end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; p v12; rescue Exception; end
