begin; ($stash ||= []).concat(Array.new(9) { |j| Object.new }); rescue Exception; end
GC.start
begin
  class C0
    begin; C0.send(:remove_method, :m0); rescue Exception; end
    begin; v0 = nil.respond_to?(:m0); rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
    begin; C0.extend(Comparable); rescue Exception; end
  end
rescue Exception
end
begin; p nil; rescue Exception; end
begin; v1 = :y4; rescue Exception; end
begin; C0.instance_variable_set(:@k0, v1); rescue Exception; end
begin; p v1; rescue Exception; end
begin; v2 = Object.new(v1, k0: 3); rescue Exception; end
begin
  5.times do |i|
    begin
      3.times do |i|
        begin
          1.times do |i|
            begin; v3 = v1.respond_to?(:m0); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = C0.new(); rescue Exception; end
GC.start
begin
  class << v2
    begin; C0.send(:alias_method, :m1, :last); rescue Exception; end
    begin
      C0.send(:define_method, :m1) do
        begin; C0.class_variable_set(:@@k2, (1..2)); rescue Exception; end
        "s8"
      end
    rescue Exception
    end
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m1) do |a0, a1|
    begin
      class << v4
        begin; v6 = {:k0 => -1, :k1 => 17.5}; rescue Exception; end
      end
    rescue Exception
    end
    begin
      3.times do |i|
        begin
          class << v2
            begin; K0 = :y5; rescue Exception; end
            begin; v7 = 7.5; rescue Exception; end
            begin; v8 = Struct.new(:f0); rescue Exception; end
          end
        rescue Exception
        end
        begin
          C0.send(:define_method, :m2) do
            begin
              v2.singleton_class.send(:define_method, :m0) do |a0|
                a0
              end
            rescue Exception
            end
            98
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v9 = v1.method(:last).call(1); rescue Exception; end
begin
  v10 = ->(a0, *rest, p0) do
    begin
      Numeric.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|
        rest
      end
    rescue Exception
    end
    v9
  end
rescue Exception
end
begin; v11 = 55; rescue Exception; end
begin; v12 = v2.instance_variable_get(:@i2); rescue Exception; end
begin
  class Range
    begin; alias_method :m0, :last; rescue Exception; end
  end
rescue Exception
end
begin; v13 = v10.dup; rescue Exception; end
begin; p v9; rescue Exception; end
GC.start
