begin; v0 = Numeric.instance_method(:m0); rescue Exception; end
begin; v1 = nil.method(:m1); rescue Exception; end
begin; v2 = v0.m2(self); rescue Exception; end
begin
  module M0
    begin; Object.class_variable_set(:@@k2, "s9"); rescue Exception; end
  end
rescue Exception
end
begin; v3 = "s14"; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m1, :"%"); rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin
  class String
    begin; alias_method :m3, :"%"; rescue Exception; end
    begin; alias_method :m1, :step; rescue Exception; end
  end
rescue Exception
end
begin
  v4 = lambda do |a0|
    begin; v5 = 85; rescue Exception; end
    begin
      def v3.m4(a0, a1)
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m5, :step); rescue Exception; end
begin; v4.instance_variable_set(:@i0, v0); rescue Exception; end
begin
  10.times do |i|
    begin; v6 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin
      class C1 < Numeric
        begin; v7 = Float(nil); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; ($stash ||= []).concat(Array.new(4) { |j| proc { j } }); rescue Exception; end
begin
  v8 = v2.public_send(:m3, 1) do
    begin; v3.singleton_class.send(:define_method, :m6, v0); rescue Exception; end
    self
  end
rescue Exception
end
begin; C1.send(:alias_method, :m7, :uniq); rescue Exception; end
begin; v9 = {:k0 => v3}; rescue Exception; end
begin; v10 = v3.method(:"%"); rescue Exception; end
begin
  class << v2
    begin
      def m8(a0, a1)
        begin; C1.send(:alias_method, :m4, :"%"); rescue Exception; end
        8.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v2
    begin; alias m0 m2; rescue Exception; end
    begin; v11 = 1 + "s9"; rescue Exception; end
    begin; v12 = v11.to_a(K0, 7.5); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      v13 = proc do |a0, a1|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.instance_variable_set(:@k1, "s11"); rescue Exception; end
begin; v14 = C1.class_variable_get(:@@k1); rescue Exception; end
begin
  C1.send(:define_method, :m9) do |a0, a1|
    begin
      begin
        GC.start
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v3.freeze; rescue Exception; end
      end
    rescue Exception
    end
    begin; C1.class_variable_set(:@@k2, a1); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v15 = Struct.new(:f0); rescue Exception; end
begin
  v16 = lambda do |a0, *rest, p0|
    begin
      v17 = lambda do |o0 = 0|
        begin
          class C2 < String
            begin; v18 = nil; rescue Exception; end
            begin; v19 = C1.new(); rescue Exception; end
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
          end
        rescue Exception
        end
        begin
          begin
            begin; Hash.send(:alias_method, :m10, :m9); rescue Exception; end
          rescue => e
            begin; v8.send(:m11, k0: true); rescue Exception; end
          end
        rescue Exception
        end
        13.5
      end
    rescue Exception
    end
    begin
      v20 = lambda do |o0 = 0|
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
