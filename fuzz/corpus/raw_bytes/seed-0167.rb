GC.start
begin; M0.send(:undef_method, :take); rescue Exception; end
begin; v0 = Object.new(nil); rescue Exception; end
begin
  v0.instance_eval do
    begin; v1 = v0.method(:take); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:alias_method, :m0, :take); rescue Exception; end
begin
  module M0
    begin; Enumerable.send(:alias_method, :m0, :take); rescue Exception; end
    begin; Enumerable.send(:alias_method, :m1, :take); rescue Exception; end
  end
rescue Exception
end
begin; Range.send(:alias_method, :m1, :take); rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v2 = {:k0 => v0, :k1 => 68}; rescue Exception; end
begin; v3 = v0.clone; rescue Exception; end
begin
  5.times do |i|
    begin; Range.class_eval("begin\n  def method_missing(name, *args, &blk)\n    if name.to_s.start_with?(\"dyn0\")\n      [name, args.size, blk]\n    else\n      super\n    end\n  end\n  def respond_to_missing?(name, priv = false)\n    name.to_s.start_with?(\"dyn0\") || super\n  end\nrescue Exception\nend\nbegin\n  def self.m0(a0, o0 = 0)\n    begin; v4 = Object.new(); rescue Exception; end\n    begin; 30.times { |i| v4.instance_variable_set(:\"@g\#{i}\", i) }; rescue Exception; end\n    o0\n  end\nrescue Exception\nend"); rescue Exception; end
    begin; p (1..6); rescue Exception; end
  end
rescue Exception
end
begin
  v5 = Class.new(Numeric) do
    begin; alias_method :m1, :take; rescue Exception; end
    begin; Enumerable.send(:alias_method, :m2, :take); rescue Exception; end
    begin; p :y3; rescue Exception; end
  end
rescue Exception
end
begin
  class << v5
    begin; C1.send(:alias_method, :m3, :take); rescue Exception; end
  end
rescue Exception
end
begin; v2[:y4] = v5; rescue Exception; end
begin; v6 = v3.clone; rescue Exception; end
begin; Enumerable.send(:alias_method, :m3, :take); rescue Exception; end
begin
  class << v5
    begin
      begin
        begin
          class C2 < String
            begin; 4.5.send(:"%", 1); rescue Exception; end
          end
        rescue Exception
        end
      rescue => e
      ensure
        begin
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; v7 = 34.method(:m4); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v8 = [nil, -0.5]; rescue Exception; end
  end
rescue Exception
end
begin; K0 = v3; rescue Exception; end
