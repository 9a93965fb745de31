GC.start
begin; v0 = Object.new(76); rescue Exception; end
begin
  class << v0
    begin; v1 = 78.respond_to?(:m0); rescue Exception; end
    begin; Object.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin; v2 = {:k0 => v0, :k1 => 15.5}; rescue Exception; end
begin; String.send(:alias_method, :m1, :">"); rescue Exception; end
begin
  v3 = proc do |a0, a1|
    begin; v4 = a1.respond_to?(:m2); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v3.instance_variable_set(:@i3, v0); rescue Exception; end
  end
rescue Exception
end
begin; v5 = v3.to_proc; rescue Exception; end
begin
  class << v5
    begin; v6 = "s3"; rescue Exception; end
  end
rescue Exception
end
begin
  v7 = proc do
    begin; v8 = {:k0 => v3}; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  class << v2
    begin; v9 = Object.new(); rescue Exception; end
    begin; Array.send(:alias_method, :m3, :to_a); rescue Exception; end
  end
rescue Exception
end
begin
  v10 = self.m3(v2) do |a0, &blk|
    (0..1)
  end
rescue Exception
end
begin; v11 = Struct.new(:f0); rescue Exception; end
begin
  def v2.m1(k0: 1)
    "s5"
  end
rescue Exception
end
begin; Enumerable.send(:alias_method, :m1, :map); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; Range.send(:alias_method, :m2, :message); rescue Exception; end
begin
  v12 = proc do |a0, a1|
    16.5
  end
rescue Exception
end
begin
  v13 = v7.send(:call, 7.5, 35) do |a0, a1|
    begin; Object.send(:include, Enumerable); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  v14 = lambda do
    begin
      def m4(o0 = 0)
        begin; v15 = (3..8).send(:first, 37); rescue Exception; end
        o0
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin; v11.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v16 = true; rescue Exception; end
begin; v17 = Object.new(&v7); rescue Exception; end
begin
  class C0 < Numeric
    begin; p 29; rescue Exception; end
    begin
      v18 = lambda do
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  String.send(:define_method, :m5) do |a0, &blk|
    begin; p v17; rescue Exception; end
    blk
  end
rescue Exception
end
begin; v19 = Object.new(); rescue Exception; end
GC.start
begin
  module M1
    begin; v20 = C0.new(); rescue Exception; end
    begin
      class << v20
        begin; C0.send(:alias_method, :m6, :to_a); rescue Exception; end
        begin
          def m7(a0, *rest)
            begin; v21 = "s15"; rescue Exception; end
            begin; v22 = Integer.instance_method(:to_a); rescue Exception; end
            :y5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; 10.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
