begin; v0 = Object.new(); rescue Exception; end
begin
  def m0(o0 = 0)
    begin; p 77; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  v1 = ->() do
    begin
      v0.singleton_class.send(:define_method, :m1) do |a0|
        a0
      end
    rescue Exception
    end
    begin; v2 = [v0, 10.5, v0].sort { |x, y| y <=> x }; rescue Exception; end
    v0
  end
rescue Exception
end
begin
  v5 = v1.public_send(:to_s, "s17") do |k0: 1|
    begin
      5.times do |i|
        begin; v3 = Object.new(k0, :y2); rescue Exception; end
      end
    rescue Exception
    end
    begin; v4 = v1.instance_variable_get(:@i1); rescue Exception; end
    v1
  end
rescue Exception
end
begin
  def v0.m1(a0, o0 = 0)
    begin; Object.send(:alias_method, :m1, :select); rescue Exception; end
    16.5
  end
rescue Exception
end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  Range.send(:define_method, :m1) do |a0, a1|
    begin; Object.send(:prepend, Enumerable); rescue Exception; end
    begin
      module M0
        GC.start
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn2")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn2") || super
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
begin; v6 = Struct.new(:f0); rescue Exception; end
begin; p v0; rescue Exception; end
begin; Hash.send(:alias_method, :m2, :">"); rescue Exception; end
begin
  2.times do |i|
    begin; M0.send(:undef_method, :sub); rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
    begin; v7 = "s0"; rescue Exception; end
  end
rescue Exception
end
begin
  v8 = ->() do
    begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    v1
  end
rescue Exception
end
begin; v9 = v8.clone; rescue Exception; end
begin; v10 = v8.dup; rescue Exception; end
begin
  class C1 < String
    GC.start
    GC.start
  end
rescue Exception
end
begin
  v11 = lambda do |a0, *rest, p0|
    GC.start
    p0
  end
rescue Exception
end
begin
  v12 = proc do |k0: 1|
    v5
  end
rescue Exception
end
begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
begin
  v11.instance_eval do
  end
rescue Exception
end
begin
  class C2 < Hash
    begin; v13 = C1.instance_method(:m2); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v12.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
  end
rescue Exception
end
begin; v14 = nil.respond_to?(:m5); rescue Exception; end
begin; v15 = [[v9], [v1]].flatten; rescue Exception; end
begin
  v16 = self.send(:m6) do |a0|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v1.instance_eval("begin; v17 = C2.new(v10); rescue Exception; end"); rescue Exception; end
begin
  v15.send(:sub) do
    begin; v18 = C1.new(); rescue Exception; end
    v0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m7, :m6); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v15 << $stash.shift }; rescue Exception; end
GC.start
