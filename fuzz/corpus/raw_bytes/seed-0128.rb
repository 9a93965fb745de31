begin
  module M0
    begin; String.send(:alias_method, :m0, :m0); rescue Exception; end
  end
rescue Exception
end
begin; v0 = nil; rescue Exception; end
GC.start
begin; v1 = Object.new(); rescue Exception; end
begin
  3.times do |i|
    begin
      class Range
        begin; alias_method :m0, :to_a; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Object.send(:prepend, M0); rescue Exception; end
begin
  v2 = ->(a0, o0 = 0) do
    begin; 100.times { |i| Object.new }; rescue Exception; end
    o0
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m0, :upcase); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m1) do |k0: 1|
    begin
      def m0(a0, *rest, p0)
        GC.start
        p0
      end
    rescue Exception
    end
    begin; v3 = k0.respond_to?(:m1, true); rescue Exception; end
    v2
  end
rescue Exception
end
begin; v1.instance_variable_set(:@i3, v2); rescue Exception; end
begin; v2.call(); rescue Exception; end
begin
  class C1 < Numeric
    begin; v4 = Object.new(k0: 9.5); rescue Exception; end
  end
rescue Exception
end
begin; v5 = C1.new(k0: 2); rescue Exception; end
begin; v6 = [v1, v1, v2]; rescue Exception; end
begin; v7 = C1.new(); rescue Exception; end
begin; v8 = (2..3).public_send(:last, *v6); rescue Exception; end
begin; v5.instance_variable_set(:@i3, v7); rescue Exception; end
begin; v9 = v1.clone; rescue Exception; end
begin; v10 = v0.respond_to?(:m0, true); rescue Exception; end
begin; v11 = Object.instance_method(:to_a); rescue Exception; end
