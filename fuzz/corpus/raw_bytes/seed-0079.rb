begin; ($stash ||= []).concat(Array.new(5) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.dup; rescue Exception; end
begin; v2 = Object.instance_variable_get(:@k2); rescue Exception; end
begin; v3 = []; rescue Exception; end
begin
  GC.start
  h1 = Class.new
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.send(:define_method, :m2, $stash.shift) }
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin
  v4 = lambda do |a0, *rest, p0|
    a0
  end
rescue Exception
end
begin; v0.m0("s15", *v3, k0: 3); rescue Exception; end
begin; v5 = []; rescue Exception; end
begin
  class << v1
    begin
      :y3.m0(63, k0: 3) do
        nil
      end
    rescue Exception
    end
    begin; Hash.send(:alias_method, :m0, :message); rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m1, :m1); rescue Exception; end
begin; v6 = String.instance_method(:m2); rescue Exception; end
GC.start
