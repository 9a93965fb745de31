begin; ($stash ||= []).concat(Array.new(10) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  1.times do |i|
    begin; Object.send(:include, Enumerable); rescue Exception; end
    begin; Object.instance_variable_set(:@k2, 66); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :"+@"); rescue Exception; end
begin; Range.send(:alias_method, :m0, :dig); rescue Exception; end
begin
  String.send(:define_method, :m1) do
    begin; v0 = [:y0].include?("s14"); rescue Exception; end
    GC.start
    nil
  end
rescue Exception
end
begin; Range.send(:alias_method, :m2, :"+@"); rescue Exception; end
begin; Array.send(:alias_method, :m3, :"+@"); rescue Exception; end
begin
  Object.send(:define_method, :m4) do |a0, o0 = 0|
    35
  end
rescue Exception
end
begin
  v1 = Class.new(Object) do
    begin; v2 = "s16"; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < StandardError
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    GC.start
    begin
      class C2 < C0
        begin; v3 = C0.new(1); rescue Exception; end
        begin; v3.singleton_class.send(:alias_method, :m0, :m5); rescue Exception; end
        begin
          v3.singleton_class.send(:define_method, :m5) do |a0, &blk|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m6, :m1); rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:remove_method, :m3); rescue Exception; end
begin; v1.send(:initialize, "s15"); rescue Exception; end
begin
  v4 = Proc.new do |a0, a1|
    begin; v1.singleton_class.send(:remove_method, :dig); rescue Exception; end
    v1
  end
rescue Exception
end
begin
  class << v1
    begin; K0 = 45; rescue Exception; end
    begin; v5 = [9.5, :y3]; rescue Exception; end
  end
rescue Exception
end
begin; v6 = C2.new(v1); rescue Exception; end
begin; v7 = Struct.new(:f0); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v7.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin
  begin
  rescue => e
    begin; K1 = v7; rescue Exception; end
  ensure
    begin
      v4.singleton_class.send(:define_method, :m7) do |a0, &blk|
        61
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v6
    begin; Numeric.send(:alias_method, :m8, :"+@"); rescue Exception; end
    begin; v8 = Struct.new(:f0); rescue Exception; end
    begin; v9 = 88; rescue Exception; end
  end
rescue Exception
end
begin
  v4.singleton_class.send(:define_method, :m9) do
    begin; v10 = C2.instance_method(:dig); rescue Exception; end
    begin; C2.extend(Comparable); rescue Exception; end
    true
  end
rescue Exception
end
