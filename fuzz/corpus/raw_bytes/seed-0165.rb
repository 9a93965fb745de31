begin; ($stash ||= []).concat(Array.new(8) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = { -0.5 => 1, "s8" => 2 }[-0.5]; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  class C0 < String
    begin; alias_method :m0, :strip; rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin; v2 = C0.new((0..4), self); rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; v0.send(:m1, 1); rescue Exception; end
begin; Enumerable.send(:alias_method, :m1, :tally); rescue Exception; end
begin
  class C2
    begin
      def m2(a0, *rest)
        begin; C0.send(:remove_method, :m1); rescue Exception; end
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = C2.new(v0); rescue Exception; end
begin
  begin
    begin; v4 = v3.respond_to?(:m0); rescue Exception; end
    begin; v5 = 27; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin
  class << v1
    begin
      def m3(a0, *rest)
        begin; Object.const_set(:K0, self); rescue Exception; end
        begin; 50.times { |i| proc { i } }; rescue Exception; end
        self
      end
    rescue Exception
    end
    begin
      class C3 < Exception
        begin; C2.send(:prepend, M1); rescue Exception; end
        begin; v6 = :y5 == 21; rescue Exception; end
        begin; v7 = [(2..2)]; rescue Exception; end
      end
    rescue Exception
    end
    begin; alias_method :m2, :m1; rescue Exception; end
  end
rescue Exception
end
begin
  v3.public_send(:tally) do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m4, :tally); rescue Exception; end
begin; v8 = :upcase; rescue Exception; end
begin; C3.send(:include, M1); rescue Exception; end
begin
  v9 = Fiber.new do |x|
    Fiber.yield(x)
    (1..3)
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin
  v3.singleton_class.send(:define_method, :m5) do
    begin; v10 = K0.respond_to?(:m6); rescue Exception; end
    :y4
  end
rescue Exception
end
begin; C2.send(:include, M1); rescue Exception; end
begin; 30.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v9
    GC.start
    begin; true.m7("s2"); rescue Exception; end
    begin
      class C4 < StandardError
        begin; v11 = C2.new(); rescue Exception; end
        begin
          v11.instance_eval do
            begin; 10.times { |i| proc { i } }; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = v3.respond_to?(:m4, true); rescue Exception; end
begin; v13 = v8.to_proc; rescue Exception; end
begin; v14 = 17.method(:m8); rescue Exception; end
GC.start
