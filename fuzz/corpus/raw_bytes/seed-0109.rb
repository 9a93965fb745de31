begin; v0 = Object.new(); rescue Exception; end
begin
  Integer.send(:define_method, :m0) do |k0: 1, **kws|
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; v1 = Object.new(); rescue Exception; end
    begin
      class << v1
        begin
          class Hash
            begin; alias m1 merge; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = {}; rescue Exception; end
begin; String.extend(Enumerable); rescue Exception; end
begin
  class << v0
    begin
      def m2()
        begin; Object.const_set(:K0, "s17"); rescue Exception; end
        begin; Integer.send(:alias_method, :m3, :m4); rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m5, :positive?); rescue Exception; end
begin; v3 = [v0, :y0]; rescue Exception; end
GC.start
begin; v4 = [v2, v2].sort; rescue Exception; end
GC.start
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v5 = {:k0 => :y4}; rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin
  def v3.m1(k0: 1)
    k0
  end
rescue Exception
end
begin
  class << v6
    begin; ($stash ||= []).concat(Array.new(5) { |j| [j, "a#{j}"] }); rescue Exception; end
    begin; Numeric.send(:alias_method, :m6, :m3); rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v0.extend(Enumerable); rescue Exception; end
begin
  class << v5
    begin
      Hash.send(:define_method, :m7) do |o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v8 = :y0.send(:inspect); rescue Exception; end
    begin
      v9 = Class.new(Object) do
        begin
          def self.m8(k0: 1, **kws)
            begin
              C0.send(:define_method, :m2) do |a0, &blk|
                a0
              end
            rescue Exception
            end
            kws
          end
        rescue Exception
        end
        begin; v10 = Struct.new(:f0, :f1); rescue Exception; end
        begin
          v11 = v10.send(:positive?, (1..5)) do |a0|
            begin; C0.send(:include, Comparable); rescue Exception; end
            K0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1
    begin; v12 = 12.5; rescue Exception; end
  end
rescue Exception
end
begin; v13 = v3.unshift(); rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; v14 = String.instance_method(:each_pair); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m9, :positive?); rescue Exception; end
begin; v15 = C1.new(); rescue Exception; end
begin
  GC.start
  h1 = [nil, nil, nil]
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[1] = $stash.shift }
rescue Exception
end
begin
  v16 = proc do |a0, *rest, p0|
    begin; v0.singleton_class.send(:alias_method, :m10, :each_pair); rescue Exception; end
    a0
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(8) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
