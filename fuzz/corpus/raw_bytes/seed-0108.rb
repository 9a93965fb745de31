begin; ($stash ||= []).concat(Array.new(12) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  GC.start
  h1 = {}
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[:m1] = $stash.shift }
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; v1 = v0.m1(v0, k0: 3); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; 50.times { |i| { i => i } }; rescue Exception; end
    begin; v2 = "s3" == (1..2); rescue Exception; end
    begin; C0.instance_variable_set(:@k1, v2); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Hash
    begin
      def m2(a0, a1)
        begin; v3 = C1.new(1); rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin
      1.times do |i|
        begin
          class Hash
            begin; alias_method :m1, :to_s; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; alias_method :m3, :filter; rescue Exception; end
    begin; v4 = Struct.new(:f0, :f1); rescue Exception; end
  end
rescue Exception
end
begin
  v7 = v0.m3(k0: 2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class << v0
        begin; 48.send(:ceildiv); rescue Exception; end
        begin; v5 = String(self); rescue Exception; end
        begin; v6 = C0.instance_variable_get(:@k2); rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.send(:include, Comparable); rescue Exception; end
    blk
  end
rescue Exception
end
begin
  class C2 < C1
    begin
      module M3
        begin; v8 = [true, nil, :y3]; rescue Exception; end
        begin; v8.singleton_class.send(:alias_method, :m4, :negative?); rescue Exception; end
        begin; v9 = 14.5; rescue Exception; end
      end
    rescue Exception
    end
    begin; v10 = C1.new(); rescue Exception; end
    begin
      module M4
        begin; v11 = {:k0 => nil, :k1 => :y1}; rescue Exception; end
        begin; v12 = C0.new(1); rescue Exception; end
      end
    rescue Exception
    end
    begin; v13 = String("s0"); rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m5, :message); rescue Exception; end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
GC.start
