begin; ($stash ||= []).concat(Array.new(6) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = Numeric.instance_method(:m0); rescue Exception; end
begin; v1 = v0.send(:m1); rescue Exception; end
begin
  class << v0
    begin; v2 = Integer.instance_method(:m1); rescue Exception; end
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k1, "s19"); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin
  begin
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  v4 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v5 = (3..5); rescue Exception; end
  end
rescue Exception
end
begin
  Numeric.send(:define_method, :m1) do |a0, o0 = 0|
    v4
  end
rescue Exception
end
begin; v6 = String(v0); rescue Exception; end
begin
  v7 = proc do |a0, &blk|
    begin; v6.m2(1); rescue Exception; end
    17.5
  end
rescue Exception
end
begin
  class << v6
    begin; p nil; rescue Exception; end
  end
rescue Exception
end
begin; v8 = :y1; rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin
  v9 = Class.new(Object) do
    begin
      v10 = proc do |a0, *rest|
        begin
          C1.send(:define_method, :m2) do |a0|
            a0
          end
        rescue Exception
        end
        begin
          v11 = 54.to_proc() do |a0, o0 = 0, *rest, k0: 1, &blk|
            rest
          end
        rescue Exception
        end
        91
      end
    rescue Exception
    end
    begin
      def m3(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; Object.const_set(:K0, true); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin; v12 = {}; rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v7.extend(Enumerable); rescue Exception; end
begin; v13 = C0.class_variable_get(:@@k2); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v13.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; C0.instance_variable_set(:@k2, v6); rescue Exception; end
begin; v14 = v0.bind(v9); rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m1, :index); rescue Exception; end
begin; C1.send(:alias_method, :m4, :index); rescue Exception; end
begin; v9.singleton_class.send(:define_method, :m5, v0); rescue Exception; end
GC.start
