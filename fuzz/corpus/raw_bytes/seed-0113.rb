begin; ($stash ||= []).concat(Array.new(5) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v0 = Object.new(1); rescue Exception; end
begin
  v1 = v0.send(:m0, k0: v0) do
    true
  end
rescue Exception
end
begin
  class << v1
    begin; v2 = [16, 82].max; rescue Exception; end
    begin
      class << v2
        begin
          v3 = Fiber.new do |x|
            begin; alias m0 positive?; rescue Exception; end
            Fiber.yield(x)
            43
          end
        rescue Exception
        end
        begin
          class << v3
            begin
              def m1()
                :y1
              end
            rescue Exception
            end
            begin; K0 = 73; rescue Exception; end
            begin; v4 = "s3".insert(:y4, 95); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.public_send(:positive?, 68, nil); rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin
  v5 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    v0
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin
  class Numeric
    begin; alias_method :m2, :positive?; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v6 = Object.new(v0, k0: 3); rescue Exception; end
begin; v7 = v5.to_proc; rescue Exception; end
begin
  begin
  rescue => e
    begin; C0.send(:undef_method, :m1); rescue Exception; end
    begin; Enumerable.send(:alias_method, :m0, :max); rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h1 = [nil, nil, nil]
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[2] = $stash.shift }
rescue Exception
end
begin; v8 = {:k0 => v1, :k1 => v7}; rescue Exception; end
begin; v9 = {:k0 => true}; rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin; v10 = Object.new(); rescue Exception; end
GC.start
