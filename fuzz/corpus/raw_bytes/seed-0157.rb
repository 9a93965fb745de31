GC.start
begin
  def m0()
    begin; Range.send(:alias_method, :m1, :abs); rescue Exception; end
    true
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m2, :abs); rescue Exception; end
begin
  Object.send(:define_method, :m3) do
    begin; v0 = Object.new(:y5); rescue Exception; end
    :y0
  end
rescue Exception
end
begin
  2.times do |i|
    begin
      class C0 < Hash
        begin
          self.select() do |a0, *rest, p0|
            42
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; C0.instance_variable_set(:@k1, 9.5); rescue Exception; end
begin; C0.send(:alias_method, :m4, :select); rescue Exception; end
begin; v1 = C0.new(:y1); rescue Exception; end
begin; v2 = v1.method(:m5).call(v1, v1); rescue Exception; end
begin; C0.send(:alias_method, :m5, :abs); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; v1.extend(Enumerable); rescue Exception; end
begin
  class C1 < String
    begin; v3 = C0.new(k0: :y0); rescue Exception; end
    begin; v4 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin; v5 = v4.dup; rescue Exception; end
    begin; v6 = v4.respond_to?(:m1); rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m6, :strip!); rescue Exception; end
begin; v7 = v1.respond_to?(:m4); rescue Exception; end
begin; v8 = C1.new(); rescue Exception; end
begin; v9 = Array(v7); rescue Exception; end
begin; v10 = C1.new(); rescue Exception; end
begin
  v11 = ->(o0 = 0) do
    27
  end
rescue Exception
end
begin
  class << v2
    begin; v12 = [19.5].include?(64); rescue Exception; end
    begin
      C0.send(:define_method, :m7) do |o0 = 0|
        begin; 300.times { |i| [i, i] }; rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v13 = lambda do |a0, o0 = 0|
    begin
      1.times do |i|
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v10.singleton_class.send(:alias_method, :m8, :abs); rescue Exception; end
begin; v14 = Integer.instance_method(:select); rescue Exception; end
begin; v15 = self.respond_to?(:m9); rescue Exception; end
begin; v16 = [:y1, v14]; rescue Exception; end
begin; v16.singleton_class.send(:undef_method, :m10); rescue Exception; end
begin
  class << v7
    begin; v17 = C1.new(8.5, :y5); rescue Exception; end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      self.m11(k0: v17) do |a0|
        begin; alias_method :m3, :strip!; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v18 = v11.clone; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
