begin; ($stash ||= []).concat(Array.new(5) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = true.m0(16.5); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; Array.send(:alias_method, :m0, :reverse_each); rescue Exception; end
begin
  def m1(a0, &blk)
    45
  end
rescue Exception
end
GC.start
begin
  class << v0
    begin; K0 = nil; rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  GC.start
  def hold1
    x = nil
    pr = proc { x }
    GC.start; GC.start; GC.start
    x = $stash.shift
    pr
  end
  h1 = hold1
rescue Exception
end
begin; v1 = Object.new(v0, v0); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  v3 = Fiber.new do |x|
    begin
      class C0 < Numeric
        GC.start
      end
    rescue Exception
    end
    begin; v2 = v1.respond_to?(:m0); rescue Exception; end
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin; v4 = [6.5, 60].sort; rescue Exception; end
    begin; v5 = {:k0 => v4}; rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin
      begin
        begin
          class << v3
            begin
              def m2(a0, &blk)
                a0
              end
            rescue Exception
            end
            begin
              C0.send(:define_method, :m3) do |a0|
                a0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          1.times do |i|
            begin; v6 = v0.first(1); rescue Exception; end
            GC.start
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m1(a0, *rest)
        a0
      end
    rescue Exception
    end
  rescue => e
    begin; v7 = v1.instance_variable_get(:@i3); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      class C2 < Array
        begin; C2.send(:remove_method, :m3); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v0
    begin
      def m4(a0, &blk)
        begin
          C0.send(:define_method, :m5) do |a0, o0 = 0|
            begin; C0.send(:include, Enumerable); rescue Exception; end
            begin; p 51; rescue Exception; end
            o0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin
      class C3 < Array
        begin
          class Hash
            begin; alias m2 update; rescue Exception; end
            begin; alias_method :m6, :m6; rescue Exception; end
          end
        rescue Exception
        end
        begin; v8 = {:k0 => "s18", :k1 => 3.5}; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin
  GC.start
  h2 = {}
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2[:m1] = $stash.shift }
rescue Exception
end
begin
  v9 = self.send(:m7, v0, -1) do |o0 = 0|
    nil
  end
rescue Exception
end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin
  def m8(a0, o0 = 0)
    begin
      10.times do |i|
        begin
          C0.send(:define_method, :m5) do
            begin; C1.send(:include, Enumerable); rescue Exception; end
            begin; v10 = {}; rescue Exception; end
            i
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v11 = "s6".send(:chr); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v1.freeze; rescue Exception; end
begin; v12 = nil; rescue Exception; end
begin; v13 = C1.new(); rescue Exception; end
begin; v14 = true.send(:m0, v1, :y3); rescue Exception; end
begin; v15 = 7.respond_to?(:m7); rescue Exception; end
begin
  v16 = Class.new(Hash) do
    begin
      5.times do |i|
        begin
          def self.m9(a0)
            begin; ($stash ||= []).concat(Array.new(8) { |j| { j => "h#{j}" } }); rescue Exception; end
            begin; v17 = C0.new(); rescue Exception; end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v18 = C3.new(); rescue Exception; end
    begin
      class C5 < String
        begin; v19 = C4.new(); rescue Exception; end
        begin
          v19.singleton_class.send(:define_method, :m10) do
            v19
          end
        rescue Exception
        end
        begin; C2.send(:include, Comparable); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v20 = v0.m11(v13, k0: 3); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m7, :update); rescue Exception; end
