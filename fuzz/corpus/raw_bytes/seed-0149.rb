begin; ($stash ||= []).concat(Array.new(6) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; v0 = {}; rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v1 = [[v0], [v0]].flatten; rescue Exception; end
begin; 30.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v2 = 1 + v1; rescue Exception; end
begin; Hash.send(:alias_method, :m0, :m1); rescue Exception; end
GC.start
begin
  r1 = 0
  begin
    begin
      v0.singleton_class.send(:define_method, :m2) do |a0, &blk|
        begin
          v3 = proc do
            begin
              v0.singleton_class.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|
                rest
              end
            rescue Exception
            end
            v2
          end
        rescue Exception
        end
        v1
      end
    rescue Exception
    end
    begin
      class Numeric
        begin; alias_method :m2, :to_r; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  class << v2
    begin
      def self.m3()
        begin; v4 = Object.new(); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin
      def m4(a0, *rest, p0)
        begin; v5 = Object.new(); rescue Exception; end
        begin; Object.send(:prepend, Enumerable); rescue Exception; end
        51
      end
    rescue Exception
    end
    begin; Numeric.send(:alias_method, :m5, :zero?); rescue Exception; end
  end
rescue Exception
end
begin; v0[(4..5)] = v2; rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; v7 = v6.respond_to?(:m6); rescue Exception; end
begin
  String.send(:define_method, :m1) do |o0 = 0|
    begin; Array.send(:alias_method, :m7, :zero?); rescue Exception; end
    begin; v8 = nil.respond_to?(:m8); rescue Exception; end
    46
  end
rescue Exception
end
begin; v9 = v6.singleton_class; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v10 = [self]; rescue Exception; end
    begin; v11 = Object.new(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin; C0.extend(Enumerable); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; v9.extend(Enumerable); rescue Exception; end
begin
  class << v9
    begin
      class C1 < C0
        begin
          v12 = proc do |k0: 1, **kws|
            begin
              def m0(a0)
                a0
              end
            rescue Exception
            end
            begin; alias_method :m9, :abs; rescue Exception; end
            k0
          end
        rescue Exception
        end
        begin; v13 = self.m3(self, v12); rescue Exception; end
        begin; String.send(:alias_method, :m7, :m10); rescue Exception; end
        begin; v14 = [v12, 28]; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v15 = ->(a0) do
        -2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin; v9.rjust((2..3), v1); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v6.extend(Comparable); rescue Exception; end
  ensure
    begin; v16 = C1.instance_variable_get(:@k1); rescue Exception; end
  end
rescue Exception
end
begin; v17 = C1.new(); rescue Exception; end
begin; C1.send(:alias_method, :m7, :zero?); rescue Exception; end
begin
  v0.instance_eval do
    begin; v18 = Object.new(**v0); rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v17.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v19 = [v6, v9, true]; rescue Exception; end
GC.start
