GC.start
begin; Integer.send(:alias_method, :m0, :between?); rescue Exception; end
begin
  v0 = Class.new(Object) do
    begin; C0.send(:alias_method, :m1, :m1); rescue Exception; end
    begin; v1 = "s15"; rescue Exception; end
    begin
      v2 = Proc.new do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          class C1 < Hash
            begin
              def m1(a0)
                a0
              end
            rescue Exception
            end
            begin; C0.send(:alias_method, :m0, :m2); rescue Exception; end
            begin; alias_method :m3, :select!; rescue Exception; end
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
        v1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v3 = proc do |a0, *rest|
    begin
      v6 = v0.send(:new, k0: 2) do |a0, a1|
        begin; v4 = :y1; rescue Exception; end
        begin; v5 = self.m4(55, a1); rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin
      v0.singleton_class.send(:define_method, :m5) do |a0, o0 = 0|
        begin
          class C2 < C1
            begin; 10.times { |i| proc { i } }; rescue Exception; end
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
        a0
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m6, :m5); rescue Exception; end
begin; v7 = v0.instance_variable_get(:@i1); rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; v8 = v3.clone; rescue Exception; end
begin; C2.send(:alias_method, :m7, :between?); rescue Exception; end
begin; v9 = {:k0 => "s14", :k1 => v0}; rescue Exception; end
begin; v10 = (v0..75).include?(v0); rescue Exception; end
begin; 15.5.send(:"==", 1); rescue Exception; end
begin
  v11 = ->(a0, *rest) do
    rest
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  module M3
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C2.instance_variable_set(:@k2, v3); rescue Exception; end
begin; v12 = v7.method(:each_pair); rescue Exception; end
begin; v13 = (1..2).method(:m4); rescue Exception; end
begin; v14 = "abc" + v12; rescue Exception; end
begin; v15 = v0.new(); rescue Exception; end
begin; v16 = [v8, (2..2)].max; rescue Exception; end
begin; v17 = Struct.new(:f0); rescue Exception; end
begin
  v18 = proc do |o0 = 0|
    begin; v0.freeze; rescue Exception; end
    v16
  end
rescue Exception
end
begin; v19 = v17.respond_to?(:m8, true); rescue Exception; end
begin
  class C4 < StandardError
    begin; v20 = C4.new(); rescue Exception; end
    begin; C1.class_variable_set(:@@k0, :y1); rescue Exception; end
    begin; alias m9 m10; rescue Exception; end
    begin; v21 = []; rescue Exception; end
  end
rescue Exception
end
begin; v18.singleton_class.send(:define_method, :m11, v18); rescue Exception; end
