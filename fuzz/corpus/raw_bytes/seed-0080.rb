GC.start
begin
  v0 = Class.new(Object) do
    begin; v1 = C0.new("s7", 86); rescue Exception; end
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    begin
      class << v1
        begin
          class C1 < Array
            begin; v2 = [9.5].include?(:y0); rescue Exception; end
          end
        rescue Exception
        end
        begin; v3 = Struct.new(:f0, :f1, :f2); rescue Exception; end
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m0, :times); rescue Exception; end
  end
rescue Exception
end
begin
  module M2
    begin; v4 = 0.5.respond_to?(:m0); rescue Exception; end
    begin
      -1.5.send(:round, v4, self) do
        "s10"
      end
    rescue Exception
    end
    begin; alias_method :m0, :times; rescue Exception; end
  end
rescue Exception
end
begin
  module M3
    begin; v5 = 7; rescue Exception; end
    begin
      Integer.send(:define_method, :m1) do |a0|
        begin
          def self.m1(k0: 1, **kws)
            begin; v6 = nil; rescue Exception; end
            begin; Range.send(:alias_method, :m2, :minmax); rescue Exception; end
            (3..6)
          end
        rescue Exception
        end
        begin; alias m0 times; rescue Exception; end
        self
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m3, :times); rescue Exception; end
  end
rescue Exception
end
begin; v7 = v0.singleton_class; rescue Exception; end
begin; v8 = [10, 20, 30, 40][:y1]; rescue Exception; end
begin
  class << v8
    begin; C1.send(:alias_method, :m4, :m5); rescue Exception; end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i0, self); rescue Exception; end
begin; K0 = K0; rescue Exception; end
begin; C1.class_variable_set(:@@k2, v0); rescue Exception; end
begin; Integer.class_eval("begin; v9 = v8.respond_to?(:m4); rescue Exception; end"); rescue Exception; end
begin
  def m1(a0)
    begin; v10 = nil.respond_to?(:m4); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v11 = :y3; rescue Exception; end
begin
  v12 = lambda do |a0, &blk|
    begin; v13 = v0.instance_variable_get(:@i1); rescue Exception; end
    begin
      module M4
        begin; C0.instance_variable_set(:@k1, :y3); rescue Exception; end
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin; v7.singleton_class.send(:alias_method, :m6, :minmax); rescue Exception; end
begin; C0.class_variable_set(:@@k1, v0); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  v14 = Class.new(Object) do
    begin
      class C6 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            GC.start
            begin; Numeric.extend(M4); rescue Exception; end
          ensure
            begin
              def m0(o0 = 0)
                o0
              end
            rescue Exception
            end
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
        begin; v15 = K0.respond_to?(:m7, true); rescue Exception; end
        begin; alias m8 m0; rescue Exception; end
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      v17 = 64.succ(1) do |o0 = 0|
        begin
          def m9(a0)
            begin; v16 = C5.instance_method(:times); rescue Exception; end
            true
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
