begin; ($stash ||= []).concat(Array.new(7) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  def m0(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; Array.send(:alias_method, :m1, :each); rescue Exception; end
    begin; v0 = {}; rescue Exception; end
    rest
  end
rescue Exception
end
begin; v1 = Object.new(3, 40); rescue Exception; end
begin; Object.instance_variable_set(:@k1, true); rescue Exception; end
begin; Range.send(:alias_method, :m2, :m3); rescue Exception; end
begin
  v1.public_send(:m4, 1) do
    begin
      def m0(a0, a1)
        begin; v2 = Object.class_variable_get(:@@k2); rescue Exception; end
        a0
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin
  class << v1
    begin; Object.instance_variable_set(:@k0, 64); rescue Exception; end
    begin; Object.instance_variable_set(:@k2, 6); rescue Exception; end
    begin; v3 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin
  module M0
    begin; v4 = Object.new(); rescue Exception; end
    begin
      class Struct
        begin; alias_method :m5, :each; rescue Exception; end
        begin; alias_method :m1, :m3; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = Object.new(v1, k0: 3); rescue Exception; end
begin; v6 = -3; rescue Exception; end
begin; Object.send(:include, M0); rescue Exception; end
begin; Numeric.send(:alias_method, :m2, :each); rescue Exception; end
begin; v7 = {}; rescue Exception; end
begin
  v8 = proc do |a0|
    begin
      class Hash
        begin; alias_method :m6, :merge!; rescue Exception; end
      end
    rescue Exception
    end
    v6
  end
rescue Exception
end
begin
  class << v5
    begin; p :y1; rescue Exception; end
  end
rescue Exception
end
begin
  v9 = proc do |a0, a1|
    19
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; 300.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; v10 = []; rescue Exception; end
begin; v11 = v5 == v6; rescue Exception; end
begin; v12 = v10.dup; rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; v7[nil] = v6; rescue Exception; end
