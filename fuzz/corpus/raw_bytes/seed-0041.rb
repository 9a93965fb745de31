begin; C0.send(:remove_method, :">"); rescue Exception; end
begin; C0.send(:remove_method, :">"); rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  v2 = lambda do
    v1
  end
rescue Exception
end
begin; v3 = [v1, 10.5, v1].sort { |x, y| y <=> x }; rescue Exception; end
begin
  v6 = 99.public_send(:">=", v1, "s17") do |k0: 1|
    begin
      5.times do |i|
        begin; v4 = Object.new(k0, :y2); rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = v2.instance_variable_get(:@i1); rescue Exception; end
    v3
  end
rescue Exception
end
begin
  def v1.m0()
    begin; v7 = Object.new(); rescue Exception; end
    self
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; Hash.extend(Enumerable); rescue Exception; end
        begin
          5.times do |i|
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
      end
    rescue Exception
    end
    begin; v8 = {:k0 => true, :k1 => "s17"}; rescue Exception; end
    begin
      class C2
        begin; v9 = C2.new(); rescue Exception; end
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn0")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn0") || super
          end
        rescue Exception
        end
        begin; Range.send(:alias_method, :m1, :">"); rescue Exception; end
        begin; v10 = nil; rescue Exception; end
      end
    rescue Exception
    end
    begin; C2.send(:alias_method, :m2, :sub); rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:remove_method, :m3); rescue Exception; end
GC.start
begin; v0.freeze; rescue Exception; end
begin; v11 = "s19"; rescue Exception; end
begin
  class << v6
    begin; Comparable.send(:alias_method, :m4, :">"); rescue Exception; end
  end
rescue Exception
end
begin; v12 = Object.instance_method(:sub); rescue Exception; end
begin; v13 = -1.5; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v14 = v2.instance_variable_get(:@i1); rescue Exception; end
GC.start
begin; v15 = v13.respond_to?(:m5, true); rescue Exception; end
begin; v16 = C0.new(15.5); rescue Exception; end
begin
  class Struct
    begin; alias m5 select; rescue Exception; end
  end
rescue Exception
end
begin
  class C3
    begin; Range.send(:alias_method, :m6, :">"); rescue Exception; end
    begin; C1.send(:alias_method, :m0, :m7); rescue Exception; end
    begin
      class C4
        begin; v17 = Object.new(1); rescue Exception; end
        begin; C4.send(:undef_method, :m8); rescue Exception; end
        begin; C2.class_variable_set(:@@k1, 8); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v0.m9(a0)
    a0
  end
rescue Exception
end
begin
  class << v3
    begin
      C3.send(:define_method, :m10) do |a0, *rest, p0|
        a0
      end
    rescue Exception
    end
    begin; v18 = Float(7.5); rescue Exception; end
    begin; v19 = v18.respond_to?(:m11, true); rescue Exception; end
  end
rescue Exception
end
begin
  class C5
    begin; :y4.public_send(:to_proc); rescue Exception; end
    begin
      def m10(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          v20 = Proc.new do |a0, a1|
            3.5
          end
        rescue Exception
        end
        begin; p :y5; rescue Exception; end
        :y2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v21 = lambda do |a0|
    begin; v16.singleton_class.send(:alias_method, :m6, :m7); rescue Exception; end
    0
  end
rescue Exception
end
