begin; ($stash ||= []).concat(Array.new(8) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; p nil; rescue Exception; end
begin; Hash.send(:alias_method, :m0, :tally); rescue Exception; end
begin
  Hash.send(:define_method, :m1) do |a0, a1|
    begin; v0 = (4..4).public_send(:initialize, k0: "s4"); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  10.times do |i|
    GC.start
  end
rescue Exception
end
begin
  v1 = Class.new(String) do
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin
      v2 = Fiber.new do |x|
        Fiber.yield(x)
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin
  v3 = Fiber.new do |x|
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin; v1.singleton_class.send(:remove_method, :m2); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v3.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin
  def v1.m3()
    begin; v4 = nil; rescue Exception; end
    "s0"
  end
rescue Exception
end
begin; v5 = self.m4(1); rescue Exception; end
begin; v6 = self.respond_to?(:m5); rescue Exception; end
begin; v1.send(:alias_method, :m6, :tally); rescue Exception; end
begin; C0.class_variable_set(:@@k0, self); rescue Exception; end
begin
  begin
  rescue => e
    begin; v7 = v3.resume(1); rescue Exception; end
    begin
      class << v6
        begin; v8 = true.respond_to?(:m3, true); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v9 = Proc.new do |a0|
    begin
      class << v3
        begin; raise TypeError, "x"; rescue Exception; end
        begin
          def m7(a0, *rest, p0)
            a0
          end
        rescue Exception
        end
        begin; C0.class_variable_set(:@@k1, 33); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v10 = Class.new(Object) do
    begin; v11 = [true]; rescue Exception; end
    begin; C0.send(:remove_method, :tally); rescue Exception; end
  end
rescue Exception
end
begin; v12 = {}; rescue Exception; end
begin
  v10.singleton_class.send(:define_method, :m6) do |a0, &blk|
    v6
  end
rescue Exception
end
begin; v12[true] = v12; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v9.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin
  def v10.m8()
    :y1
  end
rescue Exception
end
begin; v13 = C0.instance_method(:"-"); rescue Exception; end
begin; v14 = 16.5.respond_to?(:entries); rescue Exception; end
begin
  v15 = lambda do |a0, a1|
    a1
  end
rescue Exception
end
begin
  3.times do |i|
    begin
      v19 = "s14".tally(v10, v3) do
        begin
          v16 = Class.new(Object) do
            begin; v17 = :y4.m7(); rescue Exception; end
            begin
              def m6(a0, &blk)
                nil
              end
            rescue Exception
            end
            begin; v18 = C0.new(); rescue Exception; end
            begin; C1.send(:alias_method, :m9, :tally); rescue Exception; end
          end
        rescue Exception
        end
        51
      end
    rescue Exception
    end
    begin
      v21 = v9.send(:"[]") do |a0|
        begin; v20 = self.send(:tally, **v12); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9.singleton_class.send(:alias_method, :m3, :tally); rescue Exception; end
begin
  def m7(a0, &blk)
    GC.start
    begin
      begin
        begin; p "s8"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
