GC.start
begin
  class C0 < Hash
    begin
      module M1
        begin; 50.times { |i| proc { i } }; rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    begin; K0 = true; rescue Exception; end
    begin; v0 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; v1 = :y4.public_send(:"<=>", 97, k0: 3); rescue Exception; end
    begin; v2 = nil; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; v3 = "s1".respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin
  class Numeric
    begin; alias_method :m1, :zero?; rescue Exception; end
    begin; alias_method :m2, :transform_keys; rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
    begin; v4 = C0.new((2..7), i); rescue Exception; end
  end
rescue Exception
end
begin; p "s6"; rescue Exception; end
begin; v5 = [3, nil, true]; rescue Exception; end
begin; K1 = v5; rescue Exception; end
begin; C0.send(:alias_method, :m3, :transform_keys); rescue Exception; end
begin
  class << v5
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = [v5, 91, v5]; rescue Exception; end
begin; v7 = v5.zero?(v6, v6); rescue Exception; end
begin; v8 = 80; rescue Exception; end
begin; v9 = C0.instance_method(:m4); rescue Exception; end
begin; v10 = 1.5.respond_to?(:m5); rescue Exception; end
begin; Comparable.send(:alias_method, :m3, :">="); rescue Exception; end
begin; v11 = v8.send(:"-", *v5); rescue Exception; end
begin; v12 = v8.respond_to?(:m6, true); rescue Exception; end
begin; v13 = {:k0 => v8}; rescue Exception; end
begin
  r1 = 0
  begin
    begin; C0.send(:alias_method, :m7, :m8); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v14 = C0.new(); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m9, :">="); rescue Exception; end
begin; v15 = C0.new(); rescue Exception; end
