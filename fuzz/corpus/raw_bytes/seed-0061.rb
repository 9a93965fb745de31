begin
  String.send(:define_method, :m0) do |a0|
    a0
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin
      def m1(a0, &blk)
        begin
          def m2(a0, a1)
            begin; v1 = Object.new(); rescue Exception; end
            begin; 300.times { |i| proc { i } }; rescue Exception; end
            a0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; C0.send(:undef_method, :"<"); rescue Exception; end
    begin; Array.extend(Enumerable); rescue Exception; end
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
begin; v2 = Object.new(); rescue Exception; end
begin; v3 = v0.dup; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  Hash.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class << v0
        begin; v4 = Object.new(); rescue Exception; end
        begin; self.send(:m1, k0: 2); rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  class C0 < StandardError
    begin; v5 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  end
rescue Exception
end
begin
  v7 = v2.public_send(:m3, 1) do |k0: 1, **kws|
    begin
      1.times do |i|
      end
    rescue Exception
    end
    begin; v6 = [0.5, v2]; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  3.times do |i|
    begin
      C0.send(:define_method, :m0) do
        GC.start
        i
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v8 = proc do |o0 = 0|
    begin; 8.times { |i| v2.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v9 = ->(a0, &blk) do
    blk
  end
rescue Exception
end
begin; 100.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v10 = proc do |k0: 1|
    begin; v11 = C0.new(); rescue Exception; end
    begin; v12 = v0.dup; rescue Exception; end
    36
  end
rescue Exception
end
begin; Array.send(:define_method, :m4, v10); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
GC.start
begin
  v14 = self.m5(&v9) do |a0, a1|
    begin; v13 = a1.method(:modulo); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m6) do |a0, *rest, p0|
    begin
      v15 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v16 = Struct.new(:f0, :f1); rescue Exception; end
        begin; 1.5.to_s(1); rescue Exception; end
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        begin; v16.singleton_class.send(:alias_method, :m1, :each_pair); rescue Exception; end
      end
    rescue Exception
    end
    p0
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin
      class << v0
        begin; v17 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:define_method, :m0, v10); rescue Exception; end
begin
  v18 = lambda do
    89
  end
rescue Exception
end
begin
  v19 = Class.new(Object) do
    begin
      def m7()
        19.5
      end
    rescue Exception
    end
    begin; v20 = 2.5; rescue Exception; end
    GC.start
    begin
      v21 = lambda do |o0 = 0|
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
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Integer
    begin; alias m8 modulo; rescue Exception; end
  end
rescue Exception
end
