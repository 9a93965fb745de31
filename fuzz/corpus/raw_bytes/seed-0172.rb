begin; ($stash ||= []).concat(Array.new(11) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  class Integer
    begin; alias m0 step; rescue Exception; end
  end
rescue Exception
end
begin
  class C0 < String
    begin; v0 = Struct.new(:f0, :f1); rescue Exception; end
    begin
      30.times do |i|
        begin
          v1 = proc do |a0, o0 = 0|
            begin; p v0; rescue Exception; end
            begin; v0.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
            v0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v0.singleton_class.send(:alias_method, :m2, :"*"); rescue Exception; end
  end
rescue Exception
end
begin; v2 = C0.new(); rescue Exception; end
begin
  class Array
    begin; alias_method :m3, :"*"; rescue Exception; end
  end
rescue Exception
end
begin; v3 = v2.singleton_class; rescue Exception; end
begin
  GC.start
  h1 = Object.new
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.instance_variable_set(:@m1, $stash.shift) }
rescue Exception
end
begin
  class Numeric
    begin; alias m4 to_c; rescue Exception; end
    begin; alias_method :m5, :to_c; rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v3[:m2] = $stash.shift }; rescue Exception; end
begin
  C0.send(:define_method, :m6) do |a0, *rest, p0|
    self
  end
rescue Exception
end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin
  C0.send(:define_method, :m7) do
    begin
      30.times do |i|
        begin; v3.send(:prepend, Comparable); rescue Exception; end
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k0, v3); rescue Exception; end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    GC.start
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  r2 = 0
  begin
    begin; v4 = {}; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v3
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn0")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn0") || super
          end
        rescue Exception
        end
        begin; v5 = self.step(1); rescue Exception; end
        begin; C0.class_variable_set(:@@k2, v5); rescue Exception; end
      end
    rescue Exception
    end
    r2 += 1
    retry if r2 < 2
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v3.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v6 = C0.new(k0: v2); rescue Exception; end
begin
  def v2.m8()
    1
  end
rescue Exception
end
GC.start
GC.start
