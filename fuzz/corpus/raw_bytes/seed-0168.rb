GC.start
begin; Integer.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  27.message(k0: 63) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      3.times do |i|
        begin; Object.send(:alias_method, :m0, :"`"); rescue Exception; end
        begin
          v0 = Class.new(Object) do
            begin; v1 = {}; rescue Exception; end
            begin; 300.times { |i| [i, i] }; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v2 = 1 + "s5"; rescue Exception; end
    a0
  end
rescue Exception
end
begin; C0.send(:undef_method, :m1); rescue Exception; end
begin; v3 = 75.send(:"-"); rescue Exception; end
begin
  v5 = Fiber.new do |x|
    begin; C0.class_variable_set(:@@k1, self); rescue Exception; end
    begin; v4 = :upcase; rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; v6 = [self, v5].sort; rescue Exception; end
begin; v7 = v6.method(:message); rescue Exception; end
begin
  class Exception
    begin; alias_method :m1, :message; rescue Exception; end
  end
rescue Exception
end
begin; v8 = [v5, v7, v7]; rescue Exception; end
begin
  v8.send(:"+") do |o0 = 0|
    o0
  end
rescue Exception
end
begin
  class C1 < StandardError
    begin; v9 = C0.class_variable_get(:@@k0); rescue Exception; end
    begin
      begin
        begin
          C0.send(:define_method, :m1) do
            begin; v10 = v9.method(:succ); rescue Exception; end
            begin; v11 = v9.method(:message); rescue Exception; end
            (3..5)
          end
        rescue Exception
        end
      rescue => e
      ensure
        begin; v12 = {:k0 => nil, :k1 => v9}; rescue Exception; end
        begin
          class << v12
            begin
              def m2(a0, a1)
                "s6"
              end
            rescue Exception
            end
            begin; v13 = "s12".respond_to?(:m3); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| v8 << i.to_s }; rescue Exception; end
begin; v14 = String(v5); rescue Exception; end
begin
  def v8.m4(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v15 = {:k0 => :y1}; rescue Exception; end
    true
  end
rescue Exception
end
begin
  class C2 < Array
    begin
      class C3 < Hash
        begin
          10.times do |i|
            begin; v16 = true.m5(:y4, i); rescue Exception; end
          end
        rescue Exception
        end
        begin
          Object.send(:define_method, :m6) do |a0, o0 = 0|
            true
          end
        rescue Exception
        end
        begin; alias m5 :"=="; rescue Exception; end
        begin; C3.instance_variable_set(:@k0, 45); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C4
    begin; v17 = Object.new(14.5); rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v8 << i.to_s }; rescue Exception; end
begin
  def v8.m7(a0)
    a0
  end
rescue Exception
end
begin; v18 = C4.new(); rescue Exception; end
begin; C4.send(:include, Comparable); rescue Exception; end
begin
  class C5 < String
    begin
      C5.class_eval do
        begin; v19 = C5.new(); rescue Exception; end
        begin; v20 = nil; rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.send(:remove_method, :m8); rescue Exception; end
    begin; alias_method :m4, :rjust; rescue Exception; end
    begin; v21 = :y1.respond_to?(:m9); rescue Exception; end
  end
rescue Exception
end
begin
  C3.send(:define_method, :m10) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v22 = C2.new(); rescue Exception; end
    k0
  end
rescue Exception
end
begin; K0 = v5; rescue Exception; end
begin; C3.send(:alias_method, :m11, :message); rescue Exception; end
begin; v23 = v8.dup; rescue Exception; end
begin; C4.instance_variable_set(:@k2, v5); rescue Exception; end
