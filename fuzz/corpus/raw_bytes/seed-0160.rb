begin; ($stash ||= []).concat(Array.new(12) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = Object.new(:y1, "s19"); rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin
  class << v0
    begin
      class Struct
        begin; alias m0 dig; rescue Exception; end
        begin; alias_method :m1, :dig; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i3, v0); rescue Exception; end
begin; String.extend(Comparable); rescue Exception; end
begin; p v0; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  class << v0
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
  end
rescue Exception
end
begin
  Array.send(:define_method, :m2) do |o0 = 0|
    GC.start
    v0
  end
rescue Exception
end
begin; v1 = {}; rescue Exception; end
begin; v2 = v0.m3((1..5), v1); rescue Exception; end
begin
  3.times do |i|
    begin; v3 = v0.instance_variable_get(:@i0); rescue Exception; end
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m4) do |a0, o0 = 0|
    o0
  end
rescue Exception
end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1 << $stash.shift }
rescue Exception
end
begin
  Object.send(:define_method, :m5) do |a0, a1|
    v1
  end
rescue Exception
end
