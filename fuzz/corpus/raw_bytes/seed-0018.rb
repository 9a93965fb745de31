GC.start
begin; eval(""); rescue Exception; end
begin
  v0 = ->(o0 = 0) do
    begin; v1 = [64, true]; rescue Exception; end
    o0
  end
rescue Exception
end
GC.start
begin
  class << v0
    begin
      class C0 < Hash
        begin
          class Exception
            begin; alias_method :m0, :message; rescue Exception; end
          end
        rescue Exception
        end
        begin
          module M1
            begin; 300.times { |i| Object.new }; rescue Exception; end
            begin; (3..7).public_send(:message, "s3", true); rescue Exception; end
            begin; v2 = nil.m1(true, nil); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i0, v0); rescue Exception; end
begin; v0.instance_variable_set(:@i0, v0); rescue Exception; end
begin; v3 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  def v0.m2(a0, a1)
    a1
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m2, :one?); rescue Exception; end
begin; v4 = C0.new(); rescue Exception; end
begin; v5 = Struct.new(:f0); rescue Exception; end
begin; v6 = C0.new(k0: 2); rescue Exception; end
begin
  class C2
    begin
      v7 = Proc.new do
        begin
          v10 = self.m3(nil, nil) do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; v8 = (2..6).method(:one?).call(); rescue Exception; end
            begin; v9 = 6.5; rescue Exception; end
            "s9"
          end
        rescue Exception
        end
        begin
          def m4()
            begin; v11 = self.respond_to?(:m3); rescue Exception; end
            22
          end
        rescue Exception
        end
        51
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m4, :message; rescue Exception; end
    begin; alias_method :m0, :m5; rescue Exception; end
  end
rescue Exception
end
begin
  v12 = lambda do |a0, &blk|
    v0
  end
rescue Exception
end
begin
  def m6()
    begin
      C2.send(:define_method, :m7) do |a0|
        begin
          C2.send(:define_method, :m1) do
            begin; Object.const_set(:K0, a0); rescue Exception; end
            37
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v13 = [true, 75]; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  class C3 < Array
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; v14 = C2.new(1); rescue Exception; end
    begin; v15 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  end
rescue Exception
end
begin; v16 = "s19".respond_to?(:m8); rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin
  module M4
    begin; v17 = C0.new(); rescue Exception; end
    begin; K1 = v17; rescue Exception; end
    begin; v18 = self.respond_to?(:m3); rescue Exception; end
  end
rescue Exception
end
begin
  v19 = Fiber.new do |x|
    begin; v3.new(v0); rescue Exception; end
    Fiber.yield(x)
    :y4
  end
rescue Exception
end
begin
  v20 = v12.send(:"===", &v12) do |o0 = 0|
    begin; C2.send(:prepend, Enumerable); rescue Exception; end
    GC.start
    o0
  end
rescue Exception
end
begin
  class C5
    begin; v21 = C5.new(94); rescue Exception; end
    begin; v22 = Object.instance_method(:message); rescue Exception; end
  end
rescue Exception
end
begin
  v23 = Class.new(Object) do
    begin; v24 = {:k0 => 83, :k1 => true}; rescue Exception; end
  end
rescue Exception
end
GC.start
