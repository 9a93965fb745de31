begin; ($stash ||= []).concat(Array.new(7) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = 64; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; v2 = self.method(:step); rescue Exception; end
begin
  class Numeric
    begin; alias_method :m0, :"+@"; rescue Exception; end
  end
rescue Exception
end
begin; v3 = v1.instance_variable_get(:@i3); rescue Exception; end
begin; p v0; rescue Exception; end
begin
  10.times do |i|
    begin
      class << v3
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        begin; Object.instance_variable_set(:@k0, (0..2)); rescue Exception; end
        begin; v4 = String.instance_method(:m0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v5 = v1.instance_variable_get(:@i0); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1 << $stash.shift }
rescue Exception
end
begin; v6 = v1.instance_variable_get(:@i1); rescue Exception; end
begin; K0 = :y5; rescue Exception; end
GC.start
GC.start
begin; Integer.send(:alias_method, :m1, :m3); rescue Exception; end
begin
  class << v5
    begin
      v7 = lambda do |a0|
        begin; Integer.send(:alias_method, :m2, :step); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v8 = [10, 20, 30, 40]["s3"]; rescue Exception; end
  end
rescue Exception
end
begin; v9 = 49; rescue Exception; end
begin
  v10 = ->(k0: 1) do
    75
  end
rescue Exception
end
begin; 10.times { |i| [i, i] }; rescue Exception; end
GC.start
