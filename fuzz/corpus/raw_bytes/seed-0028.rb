begin; ($stash ||= []).concat(Array.new(12) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = {:k0 => true, :k1 => 20}; rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v1 = v0.key?(v0, k0: 3); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :m1); rescue Exception; end
begin
  v2 = Class.new(String) do
    begin; v3 = C0.class_variable_get(:@@k2); rescue Exception; end
    begin
      class << v3
        begin; C0.instance_variable_set(:@k1, nil); rescue Exception; end
        begin; v4 = self.m2(1); rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.instance_variable_set(:@k0, true); rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin
  v5 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    blk
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
begin; v6 = [[-2], [v1]].flatten; rescue Exception; end
begin
  v7 = proc do |a0|
    begin
      begin
        begin
          10.times do |i|
            begin; v8 = a0.respond_to?(:m3); rescue Exception; end
          end
        rescue Exception
        end
        begin; v9 = C0.new(); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v10 = v2.clone; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
