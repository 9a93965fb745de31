begin; ($stash ||= []).concat(Array.new(12) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; v0 = 19.5.method(:__repeated_combination); rescue Exception; end
begin; v1 = true; rescue Exception; end
begin; v2 = (4..7); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
GC.start
begin
  class << v0
    begin; v3 = Object.new(63); rescue Exception; end
    begin; alias_method :m0, :m0; rescue Exception; end
    begin; v4 = {:k0 => v3, :k1 => "s7"}; rescue Exception; end
  end
rescue Exception
end
begin; v5 = Object.new(1); rescue Exception; end
begin
  class << v5
    begin; v6 = Object.new(:y2); rescue Exception; end
    begin; v7 = nil; rescue Exception; end
    begin
      v6.singleton_class.send(:define_method, :m1) do |o0 = 0|
        begin
          module M0
            begin; v8 = {}; rescue Exception; end
            begin; v8.singleton_class.send(:alias_method, :m2, :__repeated_combination); rescue Exception; end
            begin; 8.times { |i| v8[i] = [i] }; rescue Exception; end
          end
        rescue Exception
        end
        begin
          String.send(:define_method, :m3) do |a0, &blk|
            begin; v9 = [10, 20, 30, 40][a0]; rescue Exception; end
            :y3
          end
        rescue Exception
        end
        94
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m4(k0: 1)
    nil
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; Comparable.send(:alias_method, :m5, :between?); rescue Exception; end
begin
  v10 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v11 = (1..3); rescue Exception; end
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m2, :between?); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
GC.start
begin
  class << v10
    begin; C1.class_variable_set(:@@k0, 90); rescue Exception; end
    begin; v12 = :y1.send(:downcase); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  v13 = v5.upto() do |a0, *rest, p0|
    rest
  end
rescue Exception
end
begin; v2.__num_to_a(1); rescue Exception; end
begin
  C1.class_eval do
    GC.start
    begin; v14 = 1 + v13; rescue Exception; end
  end
rescue Exception
end
begin
  v5.singleton_class.send(:define_method, :m0) do |a0, &blk|
    a0
  end
rescue Exception
end
GC.start
