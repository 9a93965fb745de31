begin; ($stash ||= []).concat(Array.new(6) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; String.send(:alias_method, :m0, :last); rescue Exception; end
begin
  GC.start
  h1 = Class.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.class_variable_set(:@@m1, $stash.shift) }
rescue Exception
end
begin; String.send(:alias_method, :m1, :ceildiv); rescue Exception; end
begin; K0 = 37; rescue Exception; end
begin
  String.class_eval do
    begin; p true; rescue Exception; end
    begin
      class C0 < Hash
        begin; self.m2(1); rescue Exception; end
        begin
          begin
            begin
              C0.send(:define_method, :m3) do |a0, *rest, p0|
                "s10"
              end
            rescue Exception
            end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; Array.extend(Comparable); rescue Exception; end
          end
        rescue Exception
        end
        begin; 10.times { |i| [i, i] }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v0 = 41.div(k0: 2) do
    74
  end
rescue Exception
end
begin; C0.send(:alias_method, :m4, :ceildiv); rescue Exception; end
begin; v1 = [v0, v0, v0]; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m5, :last); rescue Exception; end
begin; v2 = v0.method(:ceildiv); rescue Exception; end
begin
  class << v1
    begin
      v3 = ->(a0, &blk) do
        begin
          v4 = Class.new(Array) do
            begin; v5 = 72; rescue Exception; end
            begin
              Numeric.send(:define_method, :m4) do |a0, o0 = 0|
                o0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; v6 = v4.new(); rescue Exception; end
        "s18"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
GC.start
