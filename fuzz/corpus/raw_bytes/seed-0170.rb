begin; v0 = Object.new(); rescue Exception; end
begin
  module M0
    begin; Object.class_variable_set(:@@k0, true); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      String.send(:define_method, :m0) do |a0, a1|
        begin
          begin
            begin; v1 = Object.new(); rescue Exception; end
            begin; v2 = [v1, v1].max; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin
              def m1()
                79
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        9.5
      end
    rescue Exception
    end
    GC.start
    begin
      module M1
        begin; Hash.send(:alias_method, :m2, :"<"); rescue Exception; end
        begin; v3 = 12; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k2, v0); rescue Exception; end
begin; v4 = Struct.new(:f0, :f1); rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :m3); rescue Exception; end
begin
  def v0.m4(a0, *rest, p0)
    rest
  end
rescue Exception
end
begin
  def m5()
    true
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      def m6()
        begin
          def m7(k0: 1)
            begin; v5 = nil; rescue Exception; end
            begin; Object.instance_variable_set(:@k0, "s6"); rescue Exception; end
            k0
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    begin; v6 = (0..0); rescue Exception; end
  end
rescue Exception
end
begin; M0.send(:undef_method, :m8); rescue Exception; end
begin; v7 = v4.singleton_class; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin
      class String
        begin; alias m9 partition; rescue Exception; end
      end
    rescue Exception
    end
    begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin; p v7; rescue Exception; end
begin; v7.instance_eval("begin; v8 = true; rescue Exception; end\nbegin; v9 = String(v4); rescue Exception; end"); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin
  v10 = lambda do |o0 = 0|
    o0
  end
rescue Exception
end
begin
  class String
    begin; alias_method :m3, :partition; rescue Exception; end
    begin; alias_method :m10, :m11; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:undef_method, :m10); rescue Exception; end
GC.start
