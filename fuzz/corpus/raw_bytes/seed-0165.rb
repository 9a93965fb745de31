begin; ($stash ||= []).concat(Array.new(12) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  class Struct
    begin; alias m0 eql?; rescue Exception; end
  end
rescue Exception
end
begin
  Numeric.send(:define_method, :m1) do
    begin; "s0".public_send(:length, k0: 2); rescue Exception; end
    nil
  end
rescue Exception
end
begin
  v0 = lambda do |a0, a1|
    begin; v1 = [nil]; rescue Exception; end
    a1
  end
rescue Exception
end
begin; v2 = "s6"; rescue Exception; end
begin
  class Struct
    begin; alias_method :m2, :eql?; rescue Exception; end
  end
rescue Exception
end
begin
  30.times do |i|
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    begin; v3 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h1 = (proc { c = nil; proc { |y| c = y } }).call
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.call($stash.shift) }
rescue Exception
end
begin; v4 = Integer(v2); rescue Exception; end
begin
  begin
    begin
      v2.singleton_class.send(:define_method, :m0) do |a0|
        begin
          class C0 < Hash
            begin; v5 = [14.5, 12.5].sort; rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin
      def m3(o0 = 0)
        begin
          :y2.public_send(:to_s, k0: 2) do |k0: 1|
            begin; v6 = C0.new(); rescue Exception; end
            k0
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v7 = [e, e, v4]; rescue Exception; end
  end
rescue Exception
end
begin
  Range.send(:define_method, :m0) do |a0, o0 = 0|
    begin; v8 = v0.to_proc; rescue Exception; end
    v0
  end
rescue Exception
end
begin; v9 = v2.dup; rescue Exception; end
begin
  def v0.m4()
    begin; C0.send(:alias_method, :m5, :eql?); rescue Exception; end
    14
  end
rescue Exception
end
begin
  v10 = lambda do |a0, o0 = 0|
    begin; Object.send(:alias_method, :m6, :eql?); rescue Exception; end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  self.method(:m6).call(:y5) do |o0 = 0|
    begin; C0.send(:undef_method, :m7); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v12 = v2.m8(k0: 2) do |a0, &blk|
    begin; v11 = C0.class_variable_get(:@@k1); rescue Exception; end
    a0
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v9[2] = $stash.shift }; rescue Exception; end
begin; C0.send(:undef_method, :m9); rescue Exception; end
begin
  class Struct
    begin; alias_method :m10, :eql?; rescue Exception; end
  end
rescue Exception
end
begin; v13 = C0.class_variable_get(:@@k2); rescue Exception; end
begin; p v9; rescue Exception; end
begin; v14 = v2.respond_to?(:m11); rescue Exception; end
begin
  v15 = proc do |o0 = 0|
    v10
  end
rescue Exception
end
GC.start
