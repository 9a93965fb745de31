begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; alias_method :m0, :negative?; rescue Exception; end
    begin; C0.send(:undef_method, :keep_if); rescue Exception; end
    begin; alias m1 zero?; rescue Exception; end
  end
rescue Exception
end
begin
  v0 = proc do
    begin; (4..9).__empty_range?(89, -2); rescue Exception; end
    begin; C0.send(:alias_method, :m0, :m2); rescue Exception; end
    (4..8)
  end
rescue Exception
end
begin
  class C1
    begin
      def m3()
        begin; :y2.intern(); rescue Exception; end
        60
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = v0.method(:insert); rescue Exception; end
begin
  def m4(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      v2 = ->(a0, &blk) do
        begin
          v3 = proc do |a0, a1|
            begin; v4 = C1.new(); rescue Exception; end
            blk
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
    begin; v5 = blk.respond_to?(:m2, true); rescue Exception; end
    k0
  end
rescue Exception
end
begin; v6 = Object.new(k0: 2); rescue Exception; end
begin; eval("begin; C0.send(:alias_method, :m4, :keep_if); rescue Exception; end"); rescue Exception; end
begin
  class << v0
    begin; v7 = :y1; rescue Exception; end
    begin
      def self.m5(k0: 1, **kws)
        begin; v8 = [:y5, :y5]; rescue Exception; end
        40
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v9 = 6.send(:to_s, k0: v0) do
    begin; K0 = v1; rescue Exception; end
    v1
  end
rescue Exception
end
begin; v10 = self.method(:delete_if); rescue Exception; end
begin
  class Numeric
    begin; alias_method :m6, :zero?; rescue Exception; end
  end
rescue Exception
end
begin; v6.instance_variable_set(:@i0, v9); rescue Exception; end
begin; 100.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v11 = v0.respond_to?(:m7); rescue Exception; end
begin; C1.send(:undef_method, :m0); rescue Exception; end
begin; p true; rescue Exception; end
begin; v12 = Object.new(); rescue Exception; end
begin
  String.class_eval do
    begin; C1.send(:prepend, Enumerable); rescue Exception; end
    begin; raise TypeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin
  def m1()
    begin; v13 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    :y0
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin; v14 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class C2 < C1
    begin; p nil; rescue Exception; end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin; K1 = v0; rescue Exception; end
GC.start
begin; v15 = [v11, v11, true]; rescue Exception; end
begin; v16 = C0.new(k0: 2); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; Hash.send(:alias_method, :m8, :delete_if); rescue Exception; end
