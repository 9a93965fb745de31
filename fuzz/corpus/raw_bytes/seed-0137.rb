begin; ($stash ||= []).concat(Array.new(12) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = Struct.new(:f0); rescue Exception; end
begin
  v1 = proc do
    begin; p -1.5; rescue Exception; end
    (4..6)
  end
rescue Exception
end
begin
  class C0 < String
    begin; v2 = C0.new(); rescue Exception; end
    begin; v3 = nil; rescue Exception; end
    GC.start
    begin; v4 = [v3, self]; rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v5 = Struct.new(:f0); rescue Exception; end
    begin; v6 = C0.new(&v1); rescue Exception; end
  end
rescue Exception
end
begin; v0.attached_object(1); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  def m0(a0, o0 = 0)
    nil
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0[:m1] = $stash.shift }; rescue Exception; end
begin; p 74; rescue Exception; end
begin
  GC.start
  h1 = Object.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.instance_variable_set(:@m1, $stash.shift) }
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin; v7 = C0.new(); rescue Exception; end
begin
  class C1 < Numeric
    begin; Kernel.send(:alias_method, :m1, :puts); rescue Exception; end
    begin
      def self.m0()
        9.5
      end
    rescue Exception
    end
    begin; v8 = [true, nil].uniq.size; rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:define_method, :m1, v1); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; p 3.5; rescue Exception; end
begin
  GC.start
  h2 = Class.new
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.send(:define_method, :m2, $stash.shift) }
rescue Exception
end
begin; v9 = []; rescue Exception; end
begin; C1.send(:alias_method, :m2, :entries); rescue Exception; end
begin; 8.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v10 = C0.new(); rescue Exception; end
begin
  class C2 < C1
    begin; v11 = C1.new(); rescue Exception; end
    begin
      v12 = proc do |a0|
        a0
      end
    rescue Exception
    end
    begin
      class C3
        begin; alias_method :m1, :entries; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m3, :puts); rescue Exception; end
begin
  v13 = Class.new(Object) do
    begin
      class String
        begin; alias_method :m4, :codepoints; rescue Exception; end
      end
    rescue Exception
    end
    begin
      module M5
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
  end
rescue Exception
end
begin
  C2.send(:define_method, :m2) do
    begin; Numeric.send(:alias_method, :m5, :puts); rescue Exception; end
    self
  end
rescue Exception
end
begin; v14 = C2.instance_variable_get(:@k0); rescue Exception; end
begin
  v17 = Fiber.new do |x|
    begin; v13.send(:include, M5); rescue Exception; end
    begin; eval("begin; v15 = true.respond_to?(:m0); rescue Exception; end\nbegin; v16 = self.m6(&v1); rescue Exception; end"); rescue Exception; end
    Fiber.yield(x)
    v7
  end
rescue Exception
end
GC.start
