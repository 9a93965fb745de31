begin; ($stash ||= []).concat(Array.new(6) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; v0 = {}; rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v1 = [[v0], [v0]].flatten; rescue Exception; end
begin; 30.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v2 = Object.class_variable_get(:@@k0); rescue Exception; end
begin
  v3 = lambda do
    v1
  end
rescue Exception
end
begin; v4 = Object.new(); rescue Exception; end
begin
  class << v0
    begin
      def m0(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; Range.send(:alias_method, :m1, :m2); rescue Exception; end
        3.5
      end
    rescue Exception
    end
    begin
      v5 = Proc.new do |a0, &blk|
        begin; v6 = (4..7).respond_to?(:m2, true); rescue Exception; end
        "s0"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v3
    begin
      def self.m2()
        begin; v7 = Object.new(); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin
      def m3(a0, *rest, p0)
        begin; v8 = Object.new(); rescue Exception; end
        begin; Object.send(:prepend, Enumerable); rescue Exception; end
        51
      end
    rescue Exception
    end
    begin; Numeric.send(:alias_method, :m4, :zero?); rescue Exception; end
  end
rescue Exception
end
begin; K0 = v4; rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin; Hash.send(:alias_method, :m5, :rjust); rescue Exception; end
begin; Object.instance_variable_set(:@k0, v1); rescue Exception; end
begin; v9 = v3.to_proc; rescue Exception; end
begin; Object.instance_variable_set(:@k2, v2); rescue Exception; end
begin
  v10 = Class.new(Hash) do
    begin; C0.send(:alias_method, :m6, :to_r); rescue Exception; end
    begin; p 0.5; rescue Exception; end
    begin; C0.send(:alias_method, :m7, :m8); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:define_method, :m9, v3); rescue Exception; end
begin
  class << v2
    begin; v11 = C0.instance_method(:m8); rescue Exception; end
    begin
      2.times do |i|
        begin; C0.instance_variable_set(:@k2, 78); rescue Exception; end
        begin; v12 = C0.new(k0: v11); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k0, v4); rescue Exception; end
GC.start
begin; v13 = :y3; rescue Exception; end
begin; v14 = {:k0 => self}; rescue Exception; end
begin; 30.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  GC.start
  h2 = (proc { c = nil; proc { |y| c = y } }).call
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.call($stash.shift) }
rescue Exception
end
begin; v15 = :y3.public_send(:empty?); rescue Exception; end
