begin
  Numeric.send(:define_method, :m0) do |o0 = 0|
    true
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; "s9".send(:"==", v0, v0); rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :each); rescue Exception; end
begin
  class << v0
    begin; p self; rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin
      v3 = v0.method(:m0).call(k0: v0) do
        begin; v1 = Object.new(k0: 2); rescue Exception; end
        begin; v2 = :y5; rescue Exception; end
        v0
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; Object.send(:prepend, Comparable); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  class Struct
    begin; alias_method :m2, :each; rescue Exception; end
  end
rescue Exception
end
begin
  self.m0(v0) do
    begin
      30.times do |i|
        begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
        begin
          class << v0
            begin; alias_method :m3, :m4; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; C0.send(:remove_method, :m1); rescue Exception; end
begin
  v4 = lambda do |k0: 1, **kws|
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; K0 = k0; rescue Exception; end
    self
  end
rescue Exception
end
GC.start
begin; v5 = Object.new(1); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; C0.send(:undef_method, :each); rescue Exception; end
