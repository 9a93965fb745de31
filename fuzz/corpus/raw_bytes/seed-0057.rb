begin; -0.5.send(:"=="); rescue Exception; end
begin
  begin
    begin
      class C0
        begin
          Numeric.send(:define_method, :m0) do |a0, *rest|
            begin; v0 = "s14".respond_to?(:m1, true); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; v1 = 9.method(:m2); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  v2 = ->() do
    nil
  end
rescue Exception
end
begin; v3 = {:k0 => nil}; rescue Exception; end
begin; v4 = C0.new(true); rescue Exception; end
begin; v5 = v3.respond_to?(:m3, true); rescue Exception; end
begin
  v6 = proc do
    begin
      v9 = v2.m0(&v2) do |a0|
        begin; v7 = v4.chars(1); rescue Exception; end
        begin
          class << v3
            begin; alias m3 last; rescue Exception; end
            begin; v8 = :upcase; rescue Exception; end
            begin; raise TypeError, "x"; rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; Comparable.send(:alias_method, :m3, :"=="); rescue Exception; end
    v4
  end
rescue Exception
end
begin
  def v3.m3(a0)
    a0
  end
rescue Exception
end
begin; v2.freeze; rescue Exception; end
begin
  class C1 < Array
    begin; v10 = C1.new((3..4)); rescue Exception; end
    begin; C1.send(:prepend, Comparable); rescue Exception; end
    begin
      def self.m3(k0: 1)
        begin; C1.send(:alias_method, :m4, :eql?); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin; v10.singleton_class.send(:alias_method, :m5, :"=="); rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin
      class Range
        begin; alias_method :m6, :last; rescue Exception; end
        begin; alias_method :m1, :last; rescue Exception; end
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m3, :"=="); rescue Exception; end
  end
rescue Exception
end
begin; v11 = v6.singleton_class; rescue Exception; end
begin
  class C2 < String
    begin; alias m7 eql?; rescue Exception; end
    begin
      v12 = Fiber.new do |x|
        Fiber.yield(x)
        32
      end
    rescue Exception
    end
    begin; v13 = 76; rescue Exception; end
  end
rescue Exception
end
begin; v14 = v3.dup; rescue Exception; end
begin
  module M3
    begin; eval(""); rescue Exception; end
    begin
      v16 = 4.5.truncate() do |k0: 1|
        begin
          v15 = proc do |a0, a1|
            98
          end
        rescue Exception
        end
        begin; v15.singleton_class.send(:define_method, :m7, v15); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin; v17 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class Hash
    begin; alias_method :m4, :eql?; rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v18 = v14.eql?(); rescue Exception; end
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m8, :last); rescue Exception; end
begin; v19 = v4.respond_to?(:m9); rescue Exception; end
begin; C1.send(:prepend, M3); rescue Exception; end
begin
  class C4 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v20 = C0.new(); rescue Exception; end
    begin; v21 = Struct.new(:f0); rescue Exception; end
  end
rescue Exception
end
begin; v22 = 5.5; rescue Exception; end
begin
  v23 = lambda do |a0, a1|
    v11
  end
rescue Exception
end
begin
  v24 = proc do
    begin; eval("begin\n  class Range\n    begin; alias_method :m9, :last; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
    begin; raise ArgumentError, "x"; rescue Exception; end
    v11
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; 50.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; v25 = v4.dup; rescue Exception; end
begin
  v26 = :y3.method(:"==").call() do |a0, a1|
    v22
  end
rescue Exception
end
begin
  C0.class_eval do
    begin; v3.singleton_class.send(:undef_method, :m5); rescue Exception; end
    begin
      def m10()
        begin; v27 = C0.new(k0: nil); rescue Exception; end
        begin
          2.times do |i|
            begin; v27.freeze; rescue Exception; end
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v28 = {:k0 => v22, :k1 => v24}; rescue Exception; end
