begin; ($stash ||= []).concat(Array.new(4) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.respond_to?(:m0, true); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :entries); rescue Exception; end
begin
  Object.send(:define_method, :m0) do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin
  Array.class_eval do
    begin
      v5 = 17.5.send(:to_i, 79, k0: 3) do |a0|
        begin
          v2 = proc do
            begin; v3 = v0.instance_variable_get(:@i3); rescue Exception; end
            begin; v4 = Object.new((2..5), (3..7)); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; Object.instance_variable_set(:@k2, v0); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v6 = v0.dup; rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin
      v7 = :y2.public_send(:begin, nil, 36) do |a0|
        11.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0 < String
    GC.start
    begin; v8 = Struct.new(:f0, :f1); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; C0.send(:alias_method, :m1, :entries); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      r1 = 0
      begin
        begin; Range.class_eval("begin; v0.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end"); rescue Exception; end
      rescue => e
        begin
          v9 = ->(k0: 1) do
            v0
          end
        rescue Exception
        end
        begin
          1.times do |i|
            begin; v0.instance_variable_set(:@i1, i); rescue Exception; end
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  5.times do |i|
    begin; v10 = String("s1"); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  10.times do |i|
    begin; v11 = v0.public_send(:m0, 1); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m1, :to_a); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(3) { |j| "p#{j}" * 3 }); rescue Exception; end
begin
  10.times do |i|
    begin
      Hash.send(:define_method, :m2) do
        begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0[:m1] = $stash.shift }; rescue Exception; end
        begin; Object.const_set(:K0, :y4); rescue Exception; end
        (2..5)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = C0.class_variable_get(:@@k1); rescue Exception; end
begin; v13 = ["s17", v12, v0]; rescue Exception; end
begin; v14 = 35; rescue Exception; end
begin; C0.send(:remove_method, :first); rescue Exception; end
begin; p nil; rescue Exception; end
begin; v15 = {}; rescue Exception; end
begin; v16 = v0.clone; rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :first); rescue Exception; end
GC.start
