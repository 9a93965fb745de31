begin; v0 = Numeric.instance_method(:m0); rescue Exception; end
begin; v1 = nil.method(:m1); rescue Exception; end
begin; v2 = v0.m2(self); rescue Exception; end
begin
  module M0
    begin; Object.class_variable_set(:@@k2, "s9"); rescue Exception; end
  end
rescue Exception
end
begin; v3 = "s14"; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m1, :"%"); rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin
  class String
    begin; alias_method :m3, :"%"; rescue Exception; end
    begin; alias_method :m1, :step; rescue Exception; end
  end
rescue Exception
end
begin
  v4 = lambda do |a0|
    begin; v5 = 85; rescue Exception; end
    begin
      def v3.m4(a0, a1)
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m5, :step); rescue Exception; end
begin; v4.instance_variable_set(:@i0, v0); rescue Exception; end
begin
  10.times do |i|
    begin; v6 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin
      class C1 < Numeric
        begin; v7 = Float(nil); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; ($stash ||= []).concat(Array.new(4) { |j| proc { j } }); rescue Exception; end
begin
  v8 = v2.public_send(:m3, 1) do
    begin; v3.singleton_class.send(:define_method, :m6, v0); rescue Exception; end
    self
  end
rescue Exception
end
begin; C1.send(:alias_method, :m7, :uniq); rescue Exception; end
begin; v9 = [v0, v2]; rescue Exception; end
begin
  def v3.m8(a0)
    begin; C1.send(:include, M0); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v10 = v0.bind(nil); rescue Exception; end
begin
  def v4.m9()
    82
  end
rescue Exception
end
begin; v9.singleton_class.send(:alias_method, :m10, :to_a); rescue Exception; end
begin; v11 = self.respond_to?(:m11); rescue Exception; end
begin; C1.send(:include, M0); rescue Exception; end
begin; v12 = C1.instance_variable_get(:@k1); rescue Exception; end
begin
  self.to_a() do |a0|
    begin; v13 = C1.new(); rescue Exception; end
    begin; v14 = v9.dup; rescue Exception; end
    v10
  end
rescue Exception
end
begin; C1.instance_variable_set(:@k0, v11); rescue Exception; end
GC.start
