begin
  class C0 < String
    begin
      class C1 < Array
        begin
          def m0(o0 = 0)
            begin; v0 = {:k0 => -3, :k1 => nil}; rescue Exception; end
            83
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
    begin; 50.times { |i| { i => i } }; rescue Exception; end
    begin; v1 = 63; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :max); rescue Exception; end
begin
  module M2
    begin
      v2 = Class.new(C0) do
        begin
          class C4 < Numeric
            begin; v3 = C4.instance_variable_get(:@k2); rescue Exception; end
          end
        rescue Exception
        end
        begin; 300.times { |i| proc { i } }; rescue Exception; end
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
    begin; Comparable.send(:alias_method, :m1, :"<="); rescue Exception; end
  end
rescue Exception
end
begin; v4 = 63.method(:printf); rescue Exception; end
begin; v5 = v4.public_send(:call, 1); rescue Exception; end
begin
  v6 = lambda do |a0, &blk|
    begin; v7 = nil; rescue Exception; end
    blk
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k1, v6); rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
GC.start
begin
  class C5
    begin
      def m2(a0)
        begin; v9 = C3.instance_method(:freeze); rescue Exception; end
        13.5
      end
    rescue Exception
    end
    begin; p true; rescue Exception; end
    begin; v10 = {}; rescue Exception; end
    begin; C4.send(:alias_method, :m2, :m1); rescue Exception; end
  end
rescue Exception
end
begin; v8.singleton_class.send(:alias_method, :m0, :max); rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
begin; v11 = C1.new(k0: 2); rescue Exception; end
begin; p v4; rescue Exception; end
begin
  v12 = v5.send(:freeze) do |o0 = 0|
    GC.start
    o0
  end
rescue Exception
end
begin; C1.send(:include, M2); rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
begin; v13 = Object.new(18.5); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v14 = v12 == v12; rescue Exception; end
GC.start
begin; v15 = Float(v14); rescue Exception; end
begin; v16 = v4.to_proc; rescue Exception; end
begin; v17 = "abc" + 6.5; rescue Exception; end
begin; C0.send(:alias_method, :m7, :m8); rescue Exception; end
begin
  class << v4
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
  end
rescue Exception
end
