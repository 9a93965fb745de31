GC.start
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m2, :">"); rescue Exception; end
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
    begin; v0 = C0.new(); rescue Exception; end
    begin; v1 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v2 = proc do |a0, o0 = 0|
    begin
      class C1 < String
        begin; v3 = C1.new(k0: 2); rescue Exception; end
      end
    rescue Exception
    end
    begin; v4 = C1.new(); rescue Exception; end
    nil
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m0) do |a0, *rest, p0|
    begin; v2.freeze; rescue Exception; end
    begin; p self; rescue Exception; end
    p0
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m3, :message; rescue Exception; end
  end
rescue Exception
end
begin; v2.instance_variable_set(:@i3, v2); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m4, :m5); rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; C0.send(:alias_method, :m6, :message); rescue Exception; end
begin
  v6 = self.send(:m5, self, "s11") do
    begin
      v5 = ->() do
        begin; p v2; rescue Exception; end
        49
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; v7 = C0.new(); rescue Exception; end
begin
  v8 = v6.m7() do |a0, o0 = 0, *rest, k0: 1, &blk|
    blk
  end
rescue Exception
end
begin
  module M2
    begin
      String.send(:define_method, :m1) do |a0, &blk|
        begin; v9 = []; rescue Exception; end
        self
      end
    rescue Exception
    end
    begin
      1.times do |i|
        begin
          class Numeric
            begin; alias m2 :"-@"; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v10 = lambda do |k0: 1, **kws|
    begin; v11 = [v2, 92].max; rescue Exception; end
    kws
  end
rescue Exception
end
begin
  class C3 < Numeric
    begin
      module M4
        begin; v12 = Object.new(k0: "s13"); rescue Exception; end
        begin; v13 = :upcase; rescue Exception; end
        begin; v14 = nil; rescue Exception; end
      end
    rescue Exception
    end
    begin; v15 = C0.new(); rescue Exception; end
    begin; C3.send(:prepend, Comparable); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  C1.send(:define_method, :m2) do |a0, &blk|
    begin; v16 = "s8".method(:"-@"); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v6
    begin; v17 = (4..7).public_send(:min); rescue Exception; end
    begin; alias m2 m8; rescue Exception; end
  end
rescue Exception
end
begin
  class << v6
    begin
      v18 = Class.new(String) do
        begin
          1.times do |i|
          end
        rescue Exception
        end
        begin
          v19 = Fiber.new do |x|
            Fiber.yield(x)
            self
          end
        rescue Exception
        end
        begin
          class C6
            begin; v20 = Struct.new(:f0, :f1); rescue Exception; end
            begin; v21 = C6.instance_method(:rpartition); rescue Exception; end
            begin; v22 = v21.m9(v20, k0: 3); rescue Exception; end
            begin
              def self.m10()
                9.5
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin; v23 = v7.singleton_class; rescue Exception; end
begin
  2.times do |i|
    begin; 50.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin; p v7; rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:remove_method, :m11); rescue Exception; end
begin; v24 = v7.dup; rescue Exception; end
begin
  v25 = proc do |k0: 1, **kws|
    begin; v24.singleton_class.send(:alias_method, :m9, :rpartition); rescue Exception; end
    k0
  end
rescue Exception
end
