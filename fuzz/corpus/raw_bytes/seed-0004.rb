begin
  v0 = ->(a0, a1) do
    14.5
  end
rescue Exception
end
begin; v1 = [v0, nil].max; rescue Exception; end
begin
  class C0
    begin
      10.times do |i|
      end
    rescue Exception
    end
    begin; Object.send(:alias_method, :m0, :upto); rescue Exception; end
    begin
      Numeric.send(:define_method, :m0) do |a0, a1|
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1 < C0
    begin
      self.m1(k0: 2) do
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
        true
      end
    rescue Exception
    end
    begin
      class String
        begin; alias_method :m1, :each_char; rescue Exception; end
        begin; alias_method :m2, :each_char; rescue Exception; end
      end
    rescue Exception
    end
    begin
      5.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v2 = lambda do
    begin
      class String
        begin; alias_method :m0, :each_char; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C2 < Numeric
        begin; v3 = Object.new(); rescue Exception; end
        begin
          v4 = proc do |a0, *rest, p0|
            begin; v5 = [:y1, v3].max; rescue Exception; end
            15.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin
  class C3
    begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin; C2.send(:alias_method, :m3, :m4); rescue Exception; end
    begin
      v7 = ->(a0, *rest, p0) do
        begin
          def m5(k0: 1, **kws)
            kws
          end
        rescue Exception
        end
        v6
      end
    rescue Exception
    end
    begin
      5.times do |i|
        begin
          def m6()
            begin; v8 = true; rescue Exception; end
            begin; C1.send(:undef_method, :m6); rescue Exception; end
            "s12"
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M4
    begin; alias m7 upto; rescue Exception; end
    begin; M4.send(:include, M4); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; C3.send(:alias_method, :m3, :message); rescue Exception; end
    begin; v9 = C1.new(); rescue Exception; end
    begin
      30.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin; v10 = v0.dup; rescue Exception; end
begin
  class << v10
    begin; 300.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin
  v13 = true.method(:m6).call(&v10) do |a0|
    begin
      def m5(a0)
        begin; v11 = C1.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v12 = v0.clone; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  5.times do |i|
    begin; v14 = 9.5.respond_to?(:m5, true); rescue Exception; end
    begin; v15 = {:k0 => (1..6), :k1 => v2}; rescue Exception; end
  end
rescue Exception
end
begin; v16 = 1 + v13; rescue Exception; end
begin; K0 = self; rescue Exception; end
begin; C2.send(:alias_method, :m8, :message); rescue Exception; end
begin
  class String
    begin; alias m8 each_char; rescue Exception; end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i2, 32); rescue Exception; end
begin
  v17 = proc do |k0: 1|
    begin; C1.send(:alias_method, :m9, :message); rescue Exception; end
    k0
  end
rescue Exception
end
