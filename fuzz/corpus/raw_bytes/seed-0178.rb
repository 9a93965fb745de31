GC.start
begin
  Hash.send(:define_method, :m0) do |a0, *rest, p0|
    begin
      v0 = 34.divmod(a0, k0: 3) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; M0.send(:remove_method, :m0); rescue Exception; end
        1.5
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin; v1 = [:y5, nil, :y5].sort { |x, y| y <=> x }; rescue Exception; end
begin
  class << v1
    GC.start
    begin
      30.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; M0.send(:remove_method, :chars); rescue Exception; end
begin; v2 = (0..0); rescue Exception; end
begin; Range.class_eval("begin\n  5.times do |i|\n    begin\n      class << v1\n        begin; Range.send(:alias_method, :m0, :each); rescue Exception; end\n        GC.start\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend\nbegin; 100.times { |i| Object.new }; rescue Exception; end"); rescue Exception; end
begin
  module M0
    begin; v3 = true.m0(k0: true); rescue Exception; end
    begin; v4 = 55.respond_to?(:each_pair); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Array
    begin; v5 = C1.new(); rescue Exception; end
    begin; C1.class_variable_set(:@@k1, v5); rescue Exception; end
    begin
      def self.m1(a0, a1)
        begin; v6 = 30; rescue Exception; end
        begin; p v6; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    v2
  end
rescue Exception
end
begin
  begin
    begin; C1.extend(Enumerable); rescue Exception; end
    begin; v7 = 16.5.send(:"<="); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v8 = proc do |k0: 1, **kws|
        begin; C1.send(:alias_method, :m3, :chars); rescue Exception; end
        begin; K0 = 24; rescue Exception; end
        v2
      end
    rescue Exception
    end
  ensure
    begin; v9 = [v2, v1]; rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:include, Comparable); rescue Exception; end
begin
  v10 = proc do
    begin
      v11 = proc do
        begin; v12 = C1.new(:y1, v1); rescue Exception; end
        begin
          class C2 < String
            begin; alias_method :m1, :gsub!; rescue Exception; end
            begin; alias_method :m0, :lstrip!; rescue Exception; end
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
GC.start
begin
  def m4(a0, a1)
    true
  end
rescue Exception
end
begin
  def v10.m5(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      def m6(a0)
        "s11"
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v13 = v10.to_proc; rescue Exception; end
begin
  class Range
    begin; alias m5 each; rescue Exception; end
  end
rescue Exception
end
begin; v14 = 86; rescue Exception; end
begin
  class << v1
    begin; v15 = (4..7).send(:"==", true, K0); rescue Exception; end
  end
rescue Exception
end
begin
  v16 = proc do |k0: 1|
    begin
      v17 = lambda do |o0 = 0|
        begin; C1.send(:define_method, :m7, v10); rescue Exception; end
        begin
          v2.public_send(:each_pair, v13, v1) do |a0|
            v13
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
    v13
  end
rescue Exception
end
begin; v16.instance_variable_set(:@i0, v10); rescue Exception; end
begin; v18 = C1.new(&v13); rescue Exception; end
begin
  r1001 = 0
  begin
    begin
      class << v16
        begin; v19 = C1.new(k0: K0); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1001 += 1
    retry if r1001 < 2
  end
rescue Exception
end
begin
  class C3
    begin; v20 = C1.new(); rescue Exception; end
    begin
      def m8(a0)
        5.5
      end
    rescue Exception
    end
    begin; alias_method :m9, :m8; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v18.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v21 = 18.5.send(:each); rescue Exception; end
