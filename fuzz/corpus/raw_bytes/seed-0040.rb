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
  begin
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  class C2
    begin; Range.send(:alias_method, :m3, :">"); rescue Exception; end
    begin; C1.send(:alias_method, :m0, :m4); rescue Exception; end
    begin
      class C3
        begin; v13 = Object.new(1); rescue Exception; end
        begin; C3.send(:undef_method, :m5); rescue Exception; end
        begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v13.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v9
    begin; v14 = Object.new(); rescue Exception; end
    begin
      module M4
        begin; v15 = C3.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m6, :m7); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin; C1.instance_variable_set(:@k0, v8); rescue Exception; end
begin
  def m8(a0, o0 = 0)
    begin; Object.const_set(:K0, nil); rescue Exception; end
    begin; v16 = C1.class_variable_get(:@@k0); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v6
    begin; :y4.public_send(:to_proc); rescue Exception; end
  end
rescue Exception
end
begin
  Integer.class_eval do
    begin; C2.class_variable_set(:@@k1, 50); rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| [i, i] }; rescue Exception; end
GC.start
