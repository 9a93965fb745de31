begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v0 = [nil, 52]; rescue Exception; end
begin
  module M0
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
    begin; "s17".rindex(true, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m0) do
    begin; v1 = v0.dup; rescue Exception; end
    true
  end
rescue Exception
end
begin; v2 = v0.respond_to?(:m1); rescue Exception; end
begin; 8.times { |i| v0 << i.to_s }; rescue Exception; end
GC.start
begin; v3 = v2.send(:"%", *v0); rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :downto); rescue Exception; end
GC.start
begin
  30.times do |i|
  end
rescue Exception
end
begin
  Range.send(:define_method, :m1) do
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin; 100.times { |i| v0 << i.to_s }; rescue Exception; end
    v3
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  v4 = Class.new(String) do
    begin; Range.send(:alias_method, :m2, :downto); rescue Exception; end
    begin
      v5 = Class.new(C1) do
        begin; alias_method :m3, :downto; rescue Exception; end
        begin; alias_method :m4, :"%"; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v5.singleton_class.send(:define_method, :m5) do |a0, o0 = 0, *rest, k0: 1, &blk|
        rest
      end
    rescue Exception
    end
    begin; v6 = C2.new(); rescue Exception; end
  end
rescue Exception
end
begin; K0 = v3; rescue Exception; end
begin
  module M3
    begin; C2.send(:remove_method, :m6); rescue Exception; end
    begin
      Object.send(:define_method, :m7) do |a0, &blk|
        begin; M3.send(:include, M3); rescue Exception; end
        "s3"
      end
    rescue Exception
    end
    begin; v7 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v4.instance_variable_set(:@i0, v0); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin
  class C4 < C2
    begin; v8 = C4.new(k0: K0); rescue Exception; end
    begin; alias_method :m5, :partition; rescue Exception; end
  end
rescue Exception
end
begin
  class Integer
    begin; alias_method :m5, :downto; rescue Exception; end
  end
rescue Exception
end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin
  begin
  rescue => e
    begin
      class C5 < C2
        begin; v9 = K0.respond_to?(:m8, true); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m9(k0: 1)
        begin; v10 = 99.send(:">>", k0: nil); rescue Exception; end
        :y4
      end
    rescue Exception
    end
  ensure
    begin
      2.times do |i|
        begin; v11 = Struct.new(:f0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v4.m10(a0, o0 = 0, *rest, k0: 1, &blk)
    66
  end
rescue Exception
end
