begin; v0 = [29, -0.5].sort; rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin
  module M0
    begin; v1 = Object.new(k0: 2); rescue Exception; end
    begin
      class C1 < String
        begin; v2 = C1.new(); rescue Exception; end
        begin
          def m0(a0, *rest, p0)
            begin; v3 = a0.respond_to?(:m1); rescue Exception; end
            begin; v4 = {:k0 => v3, :k1 => v3}; rescue Exception; end
            (0..2)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Enumerable.send(:alias_method, :m1, :tally); rescue Exception; end
begin; Array.extend(M0); rescue Exception; end
begin
  class << v0
    begin; 300.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; String.send(:alias_method, :m2, :times); rescue Exception; end
begin
  r1 = 0
  begin
    begin; C1.send(:prepend, M0); rescue Exception; end
    begin
      class << v0
        begin; v5 = "abc" + 6.5; rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin; C1.send(:prepend, M0); rescue Exception; end
    begin; C1.instance_variable_set(:@k0, 17); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      C1.send(:define_method, :m2) do |a0, &blk|
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Integer
    begin; alias m3 times; rescue Exception; end
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin; C1.send(:alias_method, :m3, :tally); rescue Exception; end
GC.start
begin; v6 = Range.instance_method(:m4); rescue Exception; end
begin
  v7 = proc do |a0|
    begin; v8 = 27; rescue Exception; end
    begin; v9 = C1.new(); rescue Exception; end
    4.5
  end
rescue Exception
end
begin; K1 = K1; rescue Exception; end
begin; v10 = C1.new(); rescue Exception; end
begin
  v11 = proc do
    begin; C1.class_variable_set(:@@k2, v10); rescue Exception; end
    (3..8)
  end
rescue Exception
end
begin; Enumerable.send(:alias_method, :m2, :tally); rescue Exception; end
