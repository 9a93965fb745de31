begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  class C0 < String
    begin; alias m0 compact; rescue Exception; end
    begin; v0 = nil; rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
    begin
      class C1 < C0
        begin
          v1 = 40.chr(k0: nil) do |a0|
            20
          end
        rescue Exception
        end
        begin; v1.m1(v1, v1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = self.compact(95, true); rescue Exception; end
begin; v3 = C0.new(1); rescue Exception; end
begin; v4 = C1.new(); rescue Exception; end
begin
  class Hash
    begin; alias_method :m0, :compact; rescue Exception; end
    begin; alias_method :m2, :collect!; rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v4.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v5 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  begin
    begin
      begin
        begin
          v6 = proc do |o0 = 0|
            o0
          end
        rescue Exception
        end
        begin; 8.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
      rescue => e
        begin; C0.send(:include, Enumerable); rescue Exception; end
      ensure
        begin
          def m0(a0, o0 = 0, *rest, k0: 1, &blk)
            :y3
          end
        rescue Exception
        end
        begin
          class << v4
            begin; alias_method :m3, :compact; rescue Exception; end
            begin; v7 = true; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; K0 = e; rescue Exception; end
  ensure
    begin; v8 = [v5, K0, v5].sort { |x, y| y <=> x }; rescue Exception; end
    begin
      begin
        begin; raise RuntimeError, "x"; rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v9 = v3.singleton_class; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v4
    begin
      module M2
        begin; v10 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
      def to_str; "c#{to_int}"; end
      def to_ary; [to_int, to_str]; end
      def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
      def hash; to_int.hash; end
      def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
      def ==(o); eql?(o); end
      def coerce(o); [o, to_int]; end
    rescue Exception
    end
  end
rescue Exception
end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin
  v3.singleton_class.send(:define_method, :m4) do |a0, o0 = 0|
    begin; C0.send(:alias_method, :m5, :compact); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  class C3 < C1
    begin
      v11 = lambda do
        begin; Integer.class_eval("begin\n  def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end\n  def to_str; \"c\#{to_int}\"; end\n  def to_ary; [to_int, to_str]; end\n  def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end\n  def hash; to_int.hash; end\n  def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end\n  def ==(o); eql?(o); end\n  def coerce(o); [o, to_int]; end\nrescue Exception\nend\nbegin; v12 = {}; rescue Exception; end"); rescue Exception; end
        91
      end
    rescue Exception
    end
    begin
      class << v11
        begin; C0.extend(M2); rescue Exception; end
        begin; v13 = Struct.new(:f0, :f1, :f2); rescue Exception; end
        begin; v13.instance_variable_set(:@i3, v13); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m6(a0, *rest, p0)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  GC.start
  h2 = [nil, nil, nil]
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2[0] = $stash.shift }
rescue Exception
end
begin
  v14 = proc do
    begin; C0.instance_variable_set(:@k0, K0); rescue Exception; end
    13
  end
rescue Exception
end
begin; v15 = (2..3) == v2; rescue Exception; end
begin
  class << v2
    begin
      v16 = Proc.new do |a0, a1|
        begin; C0.send(:alias_method, :m5, :compact); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      class C4 < Array
        begin
          v17 = lambda do |o0 = 0|
            begin
              C4.send(:define_method, :m7) do |a0|
                8.5
              end
            rescue Exception
            end
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      class << v16
        begin
          module M5
            GC.start
            begin
              def m8()
                self
              end
            rescue Exception
            end
            begin; v18 = C4.new(); rescue Exception; end
          end
        rescue Exception
        end
        begin; Hash.send(:alias_method, :m8, :compact); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p self; rescue Exception; end
begin; C0.send(:alias_method, :m9, :m4); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v14.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; v19 = Array(v3); rescue Exception; end
begin
  def v3.m10(a0)
    a0
  end
rescue Exception
end
begin; v20 = (1..5).cover?(); rescue Exception; end
begin
  v21 = Proc.new do |a0, a1|
    a0
  end
rescue Exception
end
GC.start
