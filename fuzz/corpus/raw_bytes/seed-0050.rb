begin
  Array.send(:define_method, :m0) do
    begin; v0 = Object.new(); rescue Exception; end
    true
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k0, (2..6)); rescue Exception; end
begin
  Array.send(:define_method, :m1) do
    :y1
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = ["s14", v1].uniq.size; rescue Exception; end
begin; Object.class_variable_set(:@@k2, nil); rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin; Numeric.send(:alias_method, :m2, :upto); rescue Exception; end
begin
  r1 = 0
  begin
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v3 = [v1, v2].sort; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; K1 = v2; rescue Exception; end
begin
  v4 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      module M0
        begin; ($stash ||= []).concat(Array.new(2) { |j| { j => "h#{j}" } }); rescue Exception; end
        begin; v5 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    69
  end
rescue Exception
end
begin; v6 = Object.class_variable_get(:@@k1); rescue Exception; end
begin
  v1.send(:m3, K0) do
    begin
      Numeric.send(:define_method, :m4) do |a0, a1|
        begin; p a0; rescue Exception; end
        a0
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k0, v2); rescue Exception; end
begin
  class C1
    begin; C1.send(:include, M0); rescue Exception; end
    begin; v7 = C1.instance_method(:"+@"); rescue Exception; end
    begin; v8 = v7.respond_to?(:each_cons, true); rescue Exception; end
  end
rescue Exception
end
begin; v9 = [:y4, v6].uniq.size; rescue Exception; end
begin; v10 = v4.clone; rescue Exception; end
begin
  class Integer
    begin; alias m5 upto; rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v11 = v10.singleton_class; rescue Exception; end
GC.start
