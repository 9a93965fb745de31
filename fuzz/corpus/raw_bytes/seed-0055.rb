GC.start
begin
  String.send(:define_method, :m0) do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v0 = Integer.instance_method(:m0); rescue Exception; end
begin
  class << v0
    begin; K0 = 14.5; rescue Exception; end
    begin
      class Struct
        begin; alias m1 select; rescue Exception; end
        begin; alias_method :m2, :select; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  3.times do |i|
    begin
      v1 = v0.send(:one?, 1) do |a0, a1|
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = nil.respond_to?(:m3); rescue Exception; end
begin
  Object.send(:define_method, :m1) do
    begin
      begin
        begin
          v3 = v2.send(:m2, k0: v0) do
            GC.start
            :y5
          end
        rescue Exception
        end
        begin; v4 = Object.new(v2, k0: 3); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v5 = 15.5; rescue Exception; end
        begin; C0.send(:remove_method, :one?); rescue Exception; end
      end
    rescue Exception
    end
    begin; Hash.send(:alias_method, :m4, :one?); rescue Exception; end
    v0
  end
rescue Exception
end
begin; self.m5(k0: v0); rescue Exception; end
begin; Array.send(:alias_method, :m6, :one?); rescue Exception; end
begin; p v2; rescue Exception; end
begin
  class << v2
    begin; Object.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin; C0.send(:undef_method, :m1); rescue Exception; end
    begin; v6 = Object.new(nil, k0: 3); rescue Exception; end
    begin; v7 = Range.instance_method(:m7); rescue Exception; end
  end
rescue Exception
end
