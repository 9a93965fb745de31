begin; eval(""); rescue Exception; end
begin; v0 = [19.5, 11.5]; rescue Exception; end
begin; v1 = [10, 20, 30, 40][64]; rescue Exception; end
begin
  v1.m0(k0: 2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      10.times do |i|
        begin; v2 = v1 == v0; rescue Exception; end
        begin; ($stash ||= []).concat(Array.new(5) { |j| Object.new }); rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m1, :rstrip); rescue Exception; end
begin; eval("begin; v3 = 1 + 13.5; rescue Exception; end"); rescue Exception; end
begin; Object.class_variable_set(:@@k1, v0); rescue Exception; end
begin
  class Hash
    begin; alias m2 compact; rescue Exception; end
    begin; alias_method :m2, :rstrip; rescue Exception; end
  end
rescue Exception
end
begin; v4 = "abc" + v1; rescue Exception; end
begin
  class << v4
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    begin
      def m2(a0)
        begin; ($stash ||= []).concat(Array.new(8) { |j| [[j], { j => [j] }] }); rescue Exception; end
        begin; C0.send(:undef_method, :repeated_combination); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m1, :compact); rescue Exception; end
begin
  v5 = proc do
    begin; v6 = Object.new(true, v0); rescue Exception; end
    5
  end
rescue Exception
end
begin; String.send(:alias_method, :m1, :compact); rescue Exception; end
begin; v0.extend(Enumerable); rescue Exception; end
begin
  class << v4
    begin; v7 = Object.new(k0: :y3); rescue Exception; end
    begin
      def self.m3(k0: 1)
        k0
      end
    rescue Exception
    end
    begin; Object.instance_variable_set(:@k0, (4..9)); rescue Exception; end
  end
rescue Exception
end
begin; v5.singleton_class.send(:alias_method, :m3, :compact); rescue Exception; end
begin
  v5.singleton_class.send(:define_method, :m4) do |a0, *rest|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  Array.class_eval do
    begin; v8 = (2..6); rescue Exception; end
    begin; v9 = v5.instance_variable_get(:@i0); rescue Exception; end
  end
rescue Exception
end
begin
  class << v5
    begin
      def m3(a0, &blk)
        a0
      end
    rescue Exception
    end
    begin
      v10 = proc do |a0, *rest, p0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  2.times do |i|
    begin; v11 = [10, 20, 30, 40][i]; rescue Exception; end
  end
rescue Exception
end
begin; v12 = Object.new(self, *v0, k0: 3); rescue Exception; end
begin; v13 = v5 == v4; rescue Exception; end
begin; v14 = Object.new(); rescue Exception; end
begin; v15 = Object.new(*v0); rescue Exception; end
GC.start
begin; v0 << 10.5; rescue Exception; end
begin
  2.times do |i|
    GC.start
    begin; 300.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin
  r2001 = 0
  begin
    begin; v16 = v14.respond_to?(:m5); rescue Exception; end
    begin; 10.times { |i| Object.new }; rescue Exception; end
  rescue => e
    GC.start
    r2001 += 1
    retry if r2001 < 2
  end
rescue Exception
end
begin
  v14.instance_eval do
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0 << $stash.shift }; rescue Exception; end
  end
rescue Exception
end
GC.start
