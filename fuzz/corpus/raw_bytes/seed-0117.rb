begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v0 = Object.class_variable_get(:@@k2); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(2) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :m1); rescue Exception; end
begin; String.send(:alias_method, :m2, :m3); rescue Exception; end
begin
  v1 = lambda do
    true
  end
rescue Exception
end
begin
  class C0 < StandardError
    begin; v2 = 34; rescue Exception; end
    begin
      Numeric.send(:define_method, :m4) do |a0, o0 = 0|
        begin; Object.const_set(:K0, a0); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = v1.respond_to?(:m5); rescue Exception; end
begin
  v1.call(v3, k0: 3) do
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
    begin; p v0; rescue Exception; end
    v1
  end
rescue Exception
end
begin; v4 = C0.instance_method(:m3); rescue Exception; end
begin; Object.send(:alias_method, :m6, :message); rescue Exception; end
begin
  C0.send(:define_method, :m7) do
    begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
    begin; v6 = { v0 => 1, K0 => 2 }[v0]; rescue Exception; end
    nil
  end
rescue Exception
end
begin; v7 = C0.new(); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; v8 = C0.new(); rescue Exception; end
begin; v7.freeze; rescue Exception; end
begin; v9 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  GC.start
  h1 = Class.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.send(:define_method, :m2, $stash.shift) }
rescue Exception
end
begin
  C0.send(:define_method, :m8) do |a0|
    a0
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k1, v8); rescue Exception; end
begin
  v10 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; ($stash ||= []).concat(Array.new(7) { |j| proc { j } }); rescue Exception; end
    begin
      5.times do |i|
        begin; v11 = Object.new(); rescue Exception; end
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
      30.times do |i|
        begin
          def m9()
            begin; v12 = "s7".public_send(:length); rescue Exception; end
            16.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v13 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v7
    begin
      def m10()
        begin; p nil; rescue Exception; end
        begin; v14 = ["s12"]; rescue Exception; end
        (2..3)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Exception
    begin; alias m11 message; rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < Array
    begin
      1.times do |i|
        begin
          module M3
            begin; v15 = C0.new(:y2, k0: 3); rescue Exception; end
            begin; v16 = v15.respond_to?(:m9, true); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m5()
        begin
          3.times do |i|
            begin; C2.instance_variable_set(:@k2, "s10"); rescue Exception; end
          end
        rescue Exception
        end
        GC.start
        91
      end
    rescue Exception
    end
    begin; alias m4 product; rescue Exception; end
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
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v17 = v1.dup; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m11, :next); rescue Exception; end
GC.start
