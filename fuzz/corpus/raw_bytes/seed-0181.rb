begin; Hash.send(:alias_method, :m0, :"<"); rescue Exception; end
begin; v0 = {:k0 => 9.5}; rescue Exception; end
begin; v1 = nil; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; v3 = v2.respond_to?(:m0); rescue Exception; end
begin
  class C0 < Array
    begin
      v4 = lambda do
        self
      end
    rescue Exception
    end
    begin; C0.send(:undef_method, :m1); rescue Exception; end
    begin; v5 = C0.new(&v4); rescue Exception; end
    begin; v6 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v7 = (2..6).respond_to?(:m0, true); rescue Exception; end
begin; v8 = 19.5.quo(v2, nil); rescue Exception; end
begin
  class << v2
    begin; eval("begin; v9 = {:k0 => 10}; rescue Exception; end\nbegin; v10 = \"s7\".respond_to?(:m1); rescue Exception; end"); rescue Exception; end
    begin
      def m2(a0)
        begin; Object.const_set(:K0, 7.5); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v11 = "s4".method(:initialize_copy).call(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m3) do |a0|
    a0
  end
rescue Exception
end
begin
  def v0.m0()
    begin; v12 = (2..7).last(7.5); rescue Exception; end
    self
  end
rescue Exception
end
begin
  C0.send(:define_method, :m3) do |o0 = 0|
    begin
      class Exception
        begin; alias m4 message; rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; p K0; rescue Exception; end
begin
  v13 = ->(a0, *rest, p0) do
    rest
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m2, :m0); rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v14 = 70; rescue Exception; end
    begin
      def self.m1(a0, a1)
        begin; C0.send(:remove_method, :m3); rescue Exception; end
        81
      end
    rescue Exception
    end
    begin; v15 = []; rescue Exception; end
    begin
      C1.class_eval do
        begin
          v15.singleton_class.send(:define_method, :m5) do |a0, &blk|
            v14
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
  class << v0
    begin; Range.class_eval("begin\n  C1.send(:define_method, :m2) do\n    true\n  end\nrescue Exception\nend"); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin; v16 = C1.new(); rescue Exception; end
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
  end
rescue Exception
end
begin
  def v2.m6(a0, &blk)
    begin
      Object.send(:define_method, :m7) do |a0|
        a0
      end
    rescue Exception
    end
    nil
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m8, :message); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  def m9(a0, a1)
    -1.5
  end
rescue Exception
end
begin; 30.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v17 = C1.new(); rescue Exception; end
begin; v2.singleton_class.send(:remove_method, :m10); rescue Exception; end
begin
  class C2 < Hash
    begin
      class Numeric
        begin; alias m11 i; rescue Exception; end
        begin; alias_method :m4, :i; rescue Exception; end
      end
    rescue Exception
    end
    begin
      C1.send(:define_method, :m5) do
        "s14"
      end
    rescue Exception
    end
    begin; v18 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; C1.class_eval("begin; v19 = v0.dup; rescue Exception; end\nbegin; v19.singleton_class.send(:alias_method, :m8, :allbits?); rescue Exception; end"); rescue Exception; end
begin; v20 = C1.new(); rescue Exception; end
