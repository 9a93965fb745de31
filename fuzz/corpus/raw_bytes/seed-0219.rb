begin; v0 = nil; rescue Exception; end
begin; v1 = :upcase; rescue Exception; end
begin; Array.send(:alias_method, :m0, :chop!); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v3 = ->(a0, *rest, p0) do
        begin
          v4 = Fiber.new do |x|
            Fiber.yield(x)
            v0
          end
        rescue Exception
        end
        begin; v5 = Object.new(); rescue Exception; end
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = 71; rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = v7.singleton_class; rescue Exception; end
begin
  class << v8
    GC.start
    begin
      v9 = proc do |a0|
        begin; v10 = Object.new(:y5); rescue Exception; end
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn1")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn1") || super
          end
        rescue Exception
        end
        28
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = {}; rescue Exception; end
begin; v12 = v6.message(v6); rescue Exception; end
begin
  def m1(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      Numeric.send(:define_method, :m2) do |a0, a1|
        begin; Array.send(:alias_method, :m2, :message); rescue Exception; end
        true
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  self.public_send(:m2, nil, k0: 3) do |a0|
    a0
  end
rescue Exception
end
begin; K0 = "s14"; rescue Exception; end
begin; v13 = []; rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  v8.inherited(nil, *v13, k0: 3) do
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; p 5.5; rescue Exception; end
        begin
          C0.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; v14 = Struct.new(:f0, :f1); rescue Exception; end
            k0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    K0
  end
rescue Exception
end
begin
  class Struct
    begin; alias m0 each_pair; rescue Exception; end
  end
rescue Exception
end
begin; v15 = C0.new(*v13); rescue Exception; end
begin
  def m3(a0, *rest)
    begin
      C0.send(:define_method, :m1) do |a0, o0 = 0|
        a0
      end
    rescue Exception
    end
    begin
      v16 = proc do
        begin
          v17 = lambda do
            6.5
          end
        rescue Exception
        end
        5.5
      end
    rescue Exception
    end
    :y4
  end
rescue Exception
end
begin
  def m3(a0)
    begin
      v18 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        a0
      end
    rescue Exception
    end
    begin; v19 = C0.new(); rescue Exception; end
    70
  end
rescue Exception
end
begin; v20 = v0.respond_to?(:m4); rescue Exception; end
begin
  self.chop!(**v11) do |a0, &blk|
    a0
  end
rescue Exception
end
begin; v13 << v0; rescue Exception; end
GC.start
GC.start
GC.start
