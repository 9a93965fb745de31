begin
  class C0 < String
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0 = (4..5).respond_to?(:m0); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin
  class << v0
    begin; v1 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v2 = { v0 => 1, v0 => 2 }[v0]; rescue Exception; end
begin; v3 = C0.new(); rescue Exception; end
begin; v3.singleton_class.send(:undef_method, :m0); rescue Exception; end
begin
  v4 = ->(a0, &blk) do
    blk
  end
rescue Exception
end
begin; v5 = [10, 20, 30, 40][v0]; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(3) { |j| [[j], { j => [j] }] }); rescue Exception; end
begin
  C0.class_eval do
    GC.start
    begin; C0.send(:undef_method, :m1); rescue Exception; end
  end
rescue Exception
end
begin; v6 = Object.new(); rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
begin
  class Numeric
    begin; alias m1 zero?; rescue Exception; end
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m2, :delete_if); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5[:m1] = $stash.shift }; rescue Exception; end
begin; v7 = 58; rescue Exception; end
begin; C0.send(:alias_method, :m2, :m3); rescue Exception; end
begin
  class Hash
    begin; alias_method :m4, :delete_if; rescue Exception; end
  end
rescue Exception
end
begin; v8 = C0.instance_method(:m3); rescue Exception; end
begin; v9 = [:y0, v3].max; rescue Exception; end
begin; p v0; rescue Exception; end
begin; v10 = :y5.name(true); rescue Exception; end
begin; v11 = v7.send(:to_i, v8, k0: 3); rescue Exception; end
begin
  class C1
    begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
    begin
      class C2 < C0
        begin; v12 = Struct.new(:f0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v13 = C1.instance_method(:zero?); rescue Exception; end
begin; v14 = v5.respond_to?(:delete_if); rescue Exception; end
begin; v15 = v4.to_proc; rescue Exception; end
begin; v16 = Struct.new(:f0); rescue Exception; end
GC.start
