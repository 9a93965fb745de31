GC.start
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v0 = Object.new(5.5, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin
  v1 = proc do |a0, &blk|
    begin
      begin
      rescue => e
      end
    rescue Exception
    end
    begin
      v2 = lambda do |a0|
        begin; Numeric.send(:alias_method, :m0, :dig); rescue Exception; end
        begin
          v4 = (1..1).min("s12", k0: 3) do |a0, a1|
            begin; v3 = [blk, "s0", :y1]; rescue Exception; end
            a0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    53
  end
rescue Exception
end
begin; v5 = Object.new(1); rescue Exception; end
begin; K0 = K0; rescue Exception; end
begin; v5.singleton_class.send(:undef_method, :m1); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
begin
  def m1(a0)
    begin; v6 = Object.new(); rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v8 = Object.new(); rescue Exception; end
begin
  v9 = Class.new(Object) do
    begin
      v10 = 71.method(:m1).call(3.5) do |a0, *rest|
        "s5"
      end
    rescue Exception
    end
    begin
      class String
        begin; alias m3 to_sym; rescue Exception; end
      end
    rescue Exception
    end
    begin; alias_method :m1, :m4; rescue Exception; end
  end
rescue Exception
end
begin; v11 = self == v5; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  def m5()
    begin; v12 = C0.instance_method(:"+@"); rescue Exception; end
    begin; v13 = [v12, v12, v12]; rescue Exception; end
    self
  end
rescue Exception
end
begin; v14 = self.m2(&v1); rescue Exception; end
begin
  class Numeric
    begin; alias m6 :"+@"; rescue Exception; end
    begin; alias_method :m4, :to_sym; rescue Exception; end
  end
rescue Exception
end
begin; v9.freeze; rescue Exception; end
begin; C0.send(:remove_method, :m7); rescue Exception; end
begin
  module M1
    GC.start
    begin
      def self.m8(k0: 1, **kws)
        begin
          v16 = Fiber.new do |x|
            begin; v15 = "s14".respond_to?(:m8); rescue Exception; end
            Fiber.yield(x)
            "s0"
          end
        rescue Exception
        end
        k0
      end
    rescue Exception
    end
    begin
      (3..7).each(K0) do
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v1
    begin; v17 = C0.new(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:undef_method, :m2); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(2) { |j| Object.new }); rescue Exception; end
begin; v18 = v1.to_proc; rescue Exception; end
GC.start
