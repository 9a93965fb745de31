GC.start
begin; Object.instance_variable_set(:@k1, 96); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; Range.send(:alias_method, :m0, :upto); rescue Exception; end
begin; v1 = v0.method(:first); rescue Exception; end
GC.start
begin; v2 = true.respond_to?(:m1, true); rescue Exception; end
begin; v3 = 54.respond_to?(:m2, true); rescue Exception; end
begin
  30.times do |i|
    begin
      begin
        begin; 50.times { |i| proc { i } }; rescue Exception; end
      rescue => e
        begin; v4 = :y2.send(:empty?, e); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v5 = proc do |k0: 1|
        v1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = v0.clone; rescue Exception; end
begin
  v7 = proc do |a0, &blk|
    v2
  end
rescue Exception
end
begin
  class << v6
    begin; v8 = Object.new(); rescue Exception; end
    begin; K1 = 15; rescue Exception; end
  end
rescue Exception
end
begin; v9 = { v2 => 1, v6 => 2 }[v2]; rescue Exception; end
begin; v10 = Array.instance_method(:upto); rescue Exception; end
begin; 30.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class Range
    begin; alias m3 first; rescue Exception; end
  end
rescue Exception
end
begin; v11 = 11.5; rescue Exception; end
begin
  module M0
    begin; M0.send(:remove_method, :m4); rescue Exception; end
    begin; Object.class_variable_set(:@@k2, "s7"); rescue Exception; end
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m5, :m6); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(7) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; v12 = v3.m7(k0: :y2); rescue Exception; end
begin; Integer.send(:alias_method, :m8, :m9); rescue Exception; end
begin
  class String
    begin; alias m10 upto; rescue Exception; end
  end
rescue Exception
end
begin; v13 = self.send(:m3, &v1); rescue Exception; end
begin
  Range.send(:define_method, :m11) do |a0, a1|
    begin
      v14 = Proc.new do |o0 = 0|
        begin
          class C1 < Numeric
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; 300.times { |i| Object.new }; rescue Exception; end
            begin; v15 = 1.5; rescue Exception; end
            begin; v16 = C1.new(v15, v15); rescue Exception; end
          end
        rescue Exception
        end
        begin; v17 = v0.clone; rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin; v18 = a0.method(:first); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v19 = Object.new(); rescue Exception; end
begin; v20 = v19.dup; rescue Exception; end
GC.start
