begin; p 37; rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v0 = 70; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  v2 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  v1.singleton_class.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    nil
  end
rescue Exception
end
begin
  class << v1
    begin
      Integer.send(:define_method, :m0) do |k0: 1, **kws|
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v1.instance_eval do
    begin; v3 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v4 = []; rescue Exception; end
begin; K0 = 4.5; rescue Exception; end
begin; K1 = v2; rescue Exception; end
begin
  module M0
    begin
      class C1 < String
        begin
          def m0(a0, *rest)
            begin; v5 = nil; rescue Exception; end
            begin; v6 = nil; rescue Exception; end
            rest
          end
        rescue Exception
        end
        begin; v7 = C1.new(); rescue Exception; end
        begin; raise TypeError, "x"; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
