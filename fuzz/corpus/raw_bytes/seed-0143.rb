begin; ($stash ||= []).concat(Array.new(12) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = Object.new(:y1, "s19"); rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m0); rescue Exception; end
begin; v1 = Object.new(v0); rescue Exception; end
begin; v2 = Object.new(1); rescue Exception; end
begin; v3 = Hash.instance_method(:m1); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  class << v1
    begin; v4 = Object.new(k0: 2); rescue Exception; end
    begin
      def m2()
        :y1
      end
    rescue Exception
    end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v4.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0.singleton_class.send(:define_method, :m3, v3); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin
  def v2.m4()
    begin
      r1 = 0
      begin
        begin; Object.instance_variable_set(:@k0, :y0); rescue Exception; end
      rescue => e
        begin; 100.times { |i| "x" * 8 }; rescue Exception; end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    89
  end
rescue Exception
end
begin
  class C0 < Array
    begin; v5 = C0.new(); rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; K0 = v5; rescue Exception; end
    begin
      def v5.m1(a0, *rest)
        begin
          v6 = lambda do |a0, &blk|
            begin; v7 = "s8"; rescue Exception; end
            -0.5
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  9.m5(1) do |a0, o0 = 0|
    v1
  end
rescue Exception
end
begin; v8 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v9 = v1.clone; rescue Exception; end
GC.start
