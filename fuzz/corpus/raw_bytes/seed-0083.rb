begin; ($stash ||= []).concat(Array.new(9) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin
  v0 = Class.new(Object) do
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
    begin
      v1 = Class.new(C0) do
        begin
          v3 = "s0".unpack1(1) do |k0: 1, **kws|
            begin; v2 = 1 + nil; rescue Exception; end
            "s8"
          end
        rescue Exception
        end
        begin
          class << v3
            begin; raise ArgumentError, "x"; rescue Exception; end
            begin; 300.times { |i| [i, i] }; rescue Exception; end
          end
        rescue Exception
        end
        begin
          v4 = v3.m0(k0: v3) do |a0, a1|
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
begin
  v0.instance_eval do
    begin; p v0; rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
  end
rescue Exception
end
begin; v5 = [nil, v0].uniq.size; rescue Exception; end
begin; v6 = v0.respond_to?(:m1, true); rescue Exception; end
begin
  module M2
    begin; v7 = :y2; rescue Exception; end
    begin; v8 = C0.new(); rescue Exception; end
    begin; v9 = nil.respond_to?(:m2, true); rescue Exception; end
  end
rescue Exception
end
begin; v0.send(:prepend, M2); rescue Exception; end
