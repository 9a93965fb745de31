GC.start
begin; v0 = Object.new("s2"); rescue Exception; end
GC.start
begin; v1 = {:k0 => v0}; rescue Exception; end
begin; v2 = v1.respond_to?(:m0); rescue Exception; end
begin
  v3 = Class.new(StandardError) do
    begin; C0.class_variable_set(:@@k0, 94); rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
    begin; C0.extend(Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; C0.send(:undef_method, :m1); rescue Exception; end
begin
  class String
    begin; alias m0 bytes; rescue Exception; end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i1, v1); rescue Exception; end
begin
  class << v0
    begin
      :y1.public_send(:upcase, "s8", true) do
        begin
          def self.m2(a0, o0 = 0)
            begin; v4 = (1..2).begin(1); rescue Exception; end
            a0
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
    begin; v5 = 36.method(:remainder).call(k0: self); rescue Exception; end
    begin
      1.times do |i|
        begin
          v6 = Fiber.new do |x|
            Fiber.yield(x)
            v5
          end
        rescue Exception
        end
        begin; alias_method :m3, :m4; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = self; rescue Exception; end
begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(7) { |j| Object.new }); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
GC.start
