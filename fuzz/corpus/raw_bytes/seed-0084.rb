begin; v0 = 76.respond_to?(:m0); rescue Exception; end
begin
  def m0(k0: 1)
    begin; v1 = {:k0 => nil, :k1 => self}; rescue Exception; end
    65
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin; v2 = Object.new(k0: v0); rescue Exception; end
begin; Object.class_variable_set(:@@k1, "s11"); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  class Hash
    begin; alias m0 eql?; rescue Exception; end
    begin; alias_method :m0, :m1; rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin
      v3 = ->(a0, o0 = 0) do
        o0
      end
    rescue Exception
    end
    begin
      class << v3
        begin
          10.times do |i|
            begin; "s12".rindex(); rescue Exception; end
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
          v4 = Class.new(Numeric) do
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin
              C0.send(:define_method, :m2) do |k0: 1, **kws|
                k0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin
          v4.send(:map!) do |a0, &blk|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2.instance_variable_set(:@i2, v2); rescue Exception; end
begin; v5 = 1 + v0; rescue Exception; end
GC.start
begin; C0.class_variable_set(:@@k0, v5); rescue Exception; end
begin; K0 = K0; rescue Exception; end
begin; v6 = v2.clone; rescue Exception; end
begin
  class << v2
    begin
      2.times do |i|
        begin
          class Array
            begin; alias m3 map!; rescue Exception; end
            begin; alias_method :m0, :eql?; rescue Exception; end
          end
        rescue Exception
        end
        begin; C0.instance_variable_set(:@k0, K0); rescue Exception; end
      end
    rescue Exception
    end
    begin; 14.5.send(:"^", k0: 35); rescue Exception; end
  end
rescue Exception
end
begin
  def m2(a0)
    begin; p (2..3); rescue Exception; end
    begin; v7 = true.respond_to?(:map!, true); rescue Exception; end
    88
  end
rescue Exception
end
begin; v8 = {:k0 => v5}; rescue Exception; end
begin
  class << v6
    begin; alias_method :m4, :eql?; rescue Exception; end
    begin; alias m5 m1; rescue Exception; end
  end
rescue Exception
end
begin
  class << v6
    begin; v9 = C0.new(:y2); rescue Exception; end
    begin; v10 = 1 + v9; rescue Exception; end
  end
rescue Exception
end
begin; v11 = [self, self]; rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v12 = ["s17", v0].max; rescue Exception; end
begin; C0.send(:remove_method, :m6); rescue Exception; end
