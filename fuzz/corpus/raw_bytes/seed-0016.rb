begin; ($stash ||= []).concat(Array.new(6) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; v1 = Object.instance_variable_get(:@k1); rescue Exception; end
    begin; v2 = []; rescue Exception; end
    begin; C0.send(:remove_method, :member?); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin
  Hash.send(:define_method, :m1) do |a0, &blk|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
    23
  end
rescue Exception
end
begin
  GC.start
  h1 = Class.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.class_variable_set(:@@m2, $stash.shift) }
rescue Exception
end
begin; v3 = v0.dup; rescue Exception; end
begin
  v4 = Class.new(Exception) do
    begin
      v5 = proc do
        begin
          Range.send(:define_method, :m2) do |a0|
            begin; v6 = [10, 20, 30, 40][9]; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin
          v7 = 3.5.modulo() do
            30
          end
        rescue Exception
        end
        2.5
      end
    rescue Exception
    end
    begin; v8 = [["s8"], [v5]].flatten; rescue Exception; end
    begin; v9 = 29.respond_to?(:m3); rescue Exception; end
    begin; v10 = C0.instance_variable_get(:@k1); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v11 = [99, :y2]; rescue Exception; end
    GC.start
    GC.start
  end
rescue Exception
end
begin; v12 = v4.send(:m4); rescue Exception; end
begin
  class Struct
    begin; alias m0 each_pair; rescue Exception; end
    begin; alias_method :m5, :member?; rescue Exception; end
  end
rescue Exception
end
begin; v13 = C0.new(1); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v12.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v14 = C0.instance_variable_get(:@k1); rescue Exception; end
begin
  module M1
    begin
      module M2
        begin; v15 = C0.new(); rescue Exception; end
        begin; 50.times { |i| [i, i] }; rescue Exception; end
        begin
          def m0(a0)
            :y2
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v16 = C0.new(true); rescue Exception; end
  end
rescue Exception
end
begin
  v13.instance_eval do
    begin
      class << v3
        begin; C0.class_variable_set(:@@k0, self); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 8.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v17 = Class.new(Array) do
    begin
      C0.send(:define_method, :m0) do |a0, a1|
        begin
          v18 = lambda do |k0: 1, **kws|
            :y1
          end
        rescue Exception
        end
        begin
          Integer.class_eval do
            begin; alias m6 member?; rescue Exception; end
            begin; C3.send(:undef_method, :m5); rescue Exception; end
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v19 = proc do |k0: 1, **kws|
    begin; ($stash ||= []).concat(Array.new(2) { |j| proc { j } }); rescue Exception; end
    k0
  end
rescue Exception
end
begin; v4.class_eval("begin; v20 = C3.instance_variable_get(:@k1); rescue Exception; end"); rescue Exception; end
begin; v21 = v19.method(:each_pair); rescue Exception; end
begin
  GC.start
  h2 = [nil, nil, nil]
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2[0] = $stash.shift }
rescue Exception
end
GC.start
