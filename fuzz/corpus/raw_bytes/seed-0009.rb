begin; Integer.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  Array.send(:define_method, :m2) do
    self
  end
rescue Exception
end
begin; C0.send(:undef_method, :m3); rescue Exception; end
begin
  v0 = Class.new(Object) do
    begin
      v1 = Class.new(C0) do
        begin
          class C2 < String
            begin; v2 = C1.new(); rescue Exception; end
            begin; v3 = C2.new(); rescue Exception; end
            begin
              def m2(a0, *rest)
                a0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v4 = []; rescue Exception; end
  end
rescue Exception
end
begin; v0.subclasses(1); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin
  class Array
    begin; alias m4 :"-"; rescue Exception; end
  end
rescue Exception
end
begin
  v5 = Class.new(C1) do
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
    begin; v6 = C2.instance_variable_get(:@k1); rescue Exception; end
    begin
      module M4
        begin; 100.times { |i| { i => i } }; rescue Exception; end
        begin; K0 = 32; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v0
    begin; self.send(:include, M4); rescue Exception; end
    GC.start
    begin; Integer.send(:alias_method, :m5, :select); rescue Exception; end
  end
rescue Exception
end
begin; v7 = :y2; rescue Exception; end
begin; v5.send(:prepend, M4); rescue Exception; end
begin
  class << v0
    begin; alias_method :m6, :select; rescue Exception; end
    begin; v8 = Struct.new(:f0, :f1); rescue Exception; end
    begin
      v8.send(:define_method, :m7) do |a0|
        begin
          def m8(a0, o0 = 0)
            begin; Array.send(:alias_method, :m9, :select); rescue Exception; end
            begin; p a0; rescue Exception; end
            :y4
          end
        rescue Exception
        end
        begin; C3.instance_variable_set(:@k0, v8); rescue Exception; end
        v8
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.class_variable_set(:@@k0, :y0); rescue Exception; end
begin
  v5.singleton_class.send(:define_method, :m7) do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin
  v0.class_eval do
    begin; v9 = v0.new(v0, nil); rescue Exception; end
    begin; C3.send(:alias_method, :m9, :m10); rescue Exception; end
  end
rescue Exception
end
begin; v10 = nil; rescue Exception; end
