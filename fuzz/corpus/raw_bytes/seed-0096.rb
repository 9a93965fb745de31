begin; ($stash ||= []).concat(Array.new(5) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = -0.5; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  class C0 < Hash
    begin
      module M1
        begin; v2 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :to_proc); rescue Exception; end
begin; v3 = :y1.respond_to?(:m1); rescue Exception; end
begin; C0.send(:alias_method, :m2, :dig); rescue Exception; end
GC.start
begin
  1.times do |i|
    begin
      begin
      rescue => e
        begin; v1.singleton_class.send(:alias_method, :m3, :to_proc); rescue Exception; end
      ensure
        begin
          def m1(o0 = 0)
            o0
          end
        rescue Exception
        end
        begin
          v4 = ->(a0, a1) do
            v3
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = C0.instance_method(:to_proc); rescue Exception; end
begin; C0.send(:alias_method, :m2, :enum_for); rescue Exception; end
begin
  class << v5
    begin
      62.method(:"|").call(k0: 2) do |a0, a1|
        begin; v6 = [:y3, a1]; rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = C0.new(); rescue Exception; end
begin; v8 = C0.new(); rescue Exception; end
begin; v9 = C0.new(1); rescue Exception; end
begin; K0 = v5; rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; v7.singleton_class.send(:undef_method, :m4); rescue Exception; end
begin
  v10 = v5.public_send(:m5, v1) do |a0, a1|
    a0
  end
rescue Exception
end
begin; K1 = v3; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v10 << $stash.shift }; rescue Exception; end
    begin
      class C2
        begin; C2.send(:alias_method, :m3, :dig); rescue Exception; end
        begin
          String.send(:define_method, :m6) do |o0 = 0|
            begin; v11 = C0.new(:y0); rescue Exception; end
            true
          end
        rescue Exception
        end
        begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C2.send(:include, M1); rescue Exception; end
begin; C0.extend(Enumerable); rescue Exception; end
GC.start
begin; v12 = 12.5.respond_to?(:m7); rescue Exception; end
begin
  def m7(a0)
    begin; v13 = C0.new(); rescue Exception; end
    begin
      v17 = Fiber.new do |x|
        begin
          r1 = 0
          begin
            begin; v14 = Range.instance_method(:m7); rescue Exception; end
            begin; v15 = Struct.new(:f0, :f1, :f2); rescue Exception; end
          rescue => e
            begin; v16 = Integer(e); rescue Exception; end
            r1 += 1
            retry if r1 < 2
          end
        rescue Exception
        end
        begin; 10.times { |i| [i, i] }; rescue Exception; end
        Fiber.yield(x)
        v13
      end
    rescue Exception
    end
    "s3"
  end
rescue Exception
end
begin
  def v1.m5(o0 = 0)
    o0
  end
rescue Exception
end
begin
  v18 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    k0
  end
rescue Exception
end
GC.start
