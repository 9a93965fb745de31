begin; ($stash ||= []).concat(Array.new(7) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin
  String.send(:define_method, :m0) do |a0, o0 = 0|
    begin; v0 = 1 + o0; rescue Exception; end
    o0
  end
rescue Exception
end
begin; v1 = {}; rescue Exception; end
begin
  class Range
    begin; alias m1 overlap?; rescue Exception; end
  end
rescue Exception
end
begin; v2 = v1.clone; rescue Exception; end
begin; p "s11"; rescue Exception; end
begin
  v1.instance_eval do
    begin
      module M0
        begin
          Range.send(:define_method, :m2) do |o0 = 0|
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v2.send(:m3, v1, v2); rescue Exception; end
  end
rescue Exception
end
begin; "s3".intern(**v2); rescue Exception; end
begin
  GC.start
  h1 = Class.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.send(:define_method, :m2, $stash.shift) }
rescue Exception
end
begin
  v3 = Fiber.new do |x|
    begin; M0.send(:remove_method, :m4); rescue Exception; end
    Fiber.yield(x)
    4.5
  end
rescue Exception
end
begin; K0 = v1; rescue Exception; end
begin
  v7 = v3.m5(v3) do |a0, a1|
    begin
      r1 = 0
      begin
        begin
          begin
            begin; 100.times { |i| v1[i] = [i] }; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; v4 = a0.method(:overlap?); rescue Exception; end
          ensure
            begin
              v1.singleton_class.send(:define_method, :m6) do
                v1
              end
            rescue Exception
            end
            begin; v2.singleton_class.send(:undef_method, :m2); rescue Exception; end
          end
        rescue Exception
        end
        begin
          10.times do |i|
            begin; v5 = [10, 20, 30, 40][13.5]; rescue Exception; end
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
    begin; v6 = v1.singleton_class; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v8 = Object.new(96, v7); rescue Exception; end
begin; v9 = Struct.new(:f0, :f1, :f2); rescue Exception; end
GC.start
begin; eval(""); rescue Exception; end
GC.start
