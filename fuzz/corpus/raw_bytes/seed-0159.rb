GC.start
begin
  module M0
    begin
      "s4".send(:capitalize, k0: 41) do |a0, a1|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; Enumerable.send(:alias_method, :m0, :one?); rescue Exception; end
begin; v0 = 40; rescue Exception; end
begin
  v2 = Fiber.new do |x|
    begin; v1 = 6.5.respond_to?(:each); rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin; v3 = [(0..5), 19]; rescue Exception; end
begin
  v3.instance_eval do
    begin
      v4 = v2.public_send(:m1, v2, v2) do
        v3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Array.extend(M0); rescue Exception; end
begin; Enumerable.send(:alias_method, :m2, :one?); rescue Exception; end
begin
  begin
    begin
      v5 = lambda do
        begin
          r1 = 0
          begin
          rescue => e
            begin; v6 = v0.public_send(:times, 17.5); rescue Exception; end
            r1 += 1
            retry if r1 < 2
          end
        rescue Exception
        end
        begin; self.m3(v0, v2); rescue Exception; end
        v3
      end
    rescue Exception
    end
  rescue => e
    begin; M0.send(:remove_method, :m4); rescue Exception; end
  end
rescue Exception
end
begin; v7 = :y3.public_send(:"<=>"); rescue Exception; end
begin
  v8 = proc do |a0|
    begin
      class << v7
        begin
          def m5(a0)
            begin; 84.send(:"~", :y3); rescue Exception; end
            begin; M0.send(:remove_method, :each); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; alias m1 each; rescue Exception; end
        begin; v9 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v10 = v8.method(:one?); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v11 = {:k0 => self}; rescue Exception; end
begin; v12 = self.m5(); rescue Exception; end
