GC.start
begin; v0 = "abc" + 54; rescue Exception; end
begin; v1 = [v0, 13]; rescue Exception; end
begin
  class << v1
    begin; v2 = Object.new(); rescue Exception; end
    begin; alias m0 rehash; rescue Exception; end
    begin
      String.send(:define_method, :m0) do |k0: 1, **kws|
        v2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Hash
    begin; alias_method :m0, :rehash; rescue Exception; end
    begin; alias_method :m1, :rehash; rescue Exception; end
  end
rescue Exception
end
begin; v3 = Hash.instance_method(:rehash); rescue Exception; end
begin; v4 = v3.respond_to?(:m2, true); rescue Exception; end
begin
  class << v3
    begin; v5 = Object.new(1); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin
      v6 = Class.new(Hash) do
        begin; 12.5.send(:"/", :y1); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v7 = C0.instance_variable_get(:@k2); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; C0.send(:alias_method, :m1, :between?); rescue Exception; end
begin; v8 = nil.send(:select); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(5) { |j| Object.new }); rescue Exception; end
begin
  class << v1
    begin; Integer.send(:alias_method, :m2, :rehash); rescue Exception; end
  end
rescue Exception
end
begin
  v11 = Fiber.new do |x|
    begin
      class C1 < Exception
        begin; v9 = [nil]; rescue Exception; end
        begin
          class << v9
            begin
              def self.m3()
                (0..5)
              end
            rescue Exception
            end
            begin; v10 = true.m4("s10", :y1); rescue Exception; end
            GC.start
          end
        rescue Exception
        end
        begin; 10.times { |i| proc { i } }; rescue Exception; end
        begin; p v9; rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    (0..1)
  end
rescue Exception
end
begin; v1 << v0; rescue Exception; end
GC.start
begin; C0.send(:define_method, :m5, v3); rescue Exception; end
begin
  v12 = proc do |a0, a1|
    v0
  end
rescue Exception
end
begin; v13 = v0.send(:select, k0: 2); rescue Exception; end
begin
  v14 = proc do |a0, a1|
    begin
      def v1.m6(a0, &blk)
        begin; v15 = nil; rescue Exception; end
        blk
      end
    rescue Exception
    end
    v4
  end
rescue Exception
end
begin; v16 = 12.5.respond_to?(:m5, true); rescue Exception; end
begin
  class << v12
    begin; alias_method :m3, :between?; rescue Exception; end
    begin; v17 = Object.new(); rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v17.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
  end
rescue Exception
end
GC.start
