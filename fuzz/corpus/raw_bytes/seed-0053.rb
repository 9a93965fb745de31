begin
  v0 = Class.new(String) do
    begin; v1 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < C0
    begin; K0 = :y0; rescue Exception; end
    begin; v2 = Struct.new(:f0); rescue Exception; end
    begin; v3 = 2; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  r1 = 0
  begin
  rescue => e
    begin
      class << v0
        begin; 100.times { |i| Object.new }; rescue Exception; end
        begin; v4 = Integer((0..3)); rescue Exception; end
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      class << v0
        begin; v5 = 6.5.respond_to?(:m0); rescue Exception; end
        begin; v6 = C0.instance_variable_get(:@k0); rescue Exception; end
        begin
          C0.send(:define_method, :m1) do |a0, o0 = 0|
            begin; v7 = self.send(:"+@", v6); rescue Exception; end
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = [v0, v0, v0]; rescue Exception; end
begin; v0.attached_object(v8, *v8, k0: 3); rescue Exception; end
begin
  class C2
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
    begin
      v11 = self.each_cons(92, k0: 3) do
        begin
          v9 = proc do |a0, a1|
            begin; v10 = Struct.new(:f0, :f1); rescue Exception; end
            nil
          end
        rescue Exception
        end
        K0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12 = lambda do
    begin
      v13 = proc do |a0|
        begin
          2.times do |i|
            begin; v0.singleton_class.send(:alias_method, :m1, :"+@"); rescue Exception; end
          end
        rescue Exception
        end
        K0
      end
    rescue Exception
    end
    begin; v14 = 47.send(:"**", 5, *v8, k0: 3); rescue Exception; end
    v8
  end
rescue Exception
end
begin
  class << v12
    GC.start
    GC.start
  end
rescue Exception
end
begin
  class << v12
    begin; C0.extend(Comparable); rescue Exception; end
    begin; v15 = {}; rescue Exception; end
    begin
      v16 = lambda do |a0|
        begin
          2.times do |i|
            begin; v15[(1..4)] = 10.5; rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m2) do |a0, o0 = 0|
    :y4
  end
rescue Exception
end
begin; v17 = String.instance_method(:m2); rescue Exception; end
begin
  def v0.m2(o0 = 0)
    begin; C0.extend(Comparable); rescue Exception; end
    o0
  end
rescue Exception
end
GC.start
begin; v18 = Float("s1"); rescue Exception; end
begin; v19 = C2.class_variable_get(:@@k0); rescue Exception; end
begin; v20 = v8.clone; rescue Exception; end
begin; v21 = v0.new(); rescue Exception; end
begin; v0.send(:define_method, :m3, v12); rescue Exception; end
begin
  10.times do |i|
    begin
      v22 = Class.new(Numeric) do
        begin
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; Numeric.send(:alias_method, :m3, :upto); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; p v22; rescue Exception; end
  end
rescue Exception
end
