begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; eval(""); rescue Exception; end
begin; self.m0(:y2, k0: 3); rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
begin; K0 = true; rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :upto); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = [self, 11.5]; rescue Exception; end
begin; v0.m1(k0: 2); rescue Exception; end
begin; v2 = v1.send(:inspect, k0: :y3); rescue Exception; end
begin; v3 = Object.instance_method(:minmax_by); rescue Exception; end
begin; v4 = { nil => 1, (2..3) => 2 }[nil]; rescue Exception; end
begin
  begin
    begin
      class << v0
        begin; v5 = Range.instance_method(:m2); rescue Exception; end
        begin
          class C0 < Array
            begin; C0.send(:prepend, Enumerable); rescue Exception; end
            begin; v6 = C0.new(); rescue Exception; end
            GC.start
            begin; v7 = v6.singleton_class; rescue Exception; end
          end
        rescue Exception
        end
        begin
          3.times do |i|
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m3, :upto); rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
GC.start
begin
  class C1 < Hash
    begin; v8 = "s7".respond_to?(:minmax_by); rescue Exception; end
  end
rescue Exception
end
GC.start
