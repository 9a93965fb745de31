GC.start
begin
  2.times do |i|
  end
rescue Exception
end
begin
  module M0
    begin
      v0 = Class.new(Object) do
        begin
          module M2
            begin
              C1.send(:define_method, :m0) do
                54
              end
            rescue Exception
            end
            begin
              Numeric.send(:define_method, :m0) do |a0, *rest, p0|
                p0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; v1 = 22; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class << v0
        begin; C1.send(:alias_method, :m0, :"=="); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v2 = Class.new(Numeric) do
        begin; v3 = true; rescue Exception; end
        begin
          v3.take(v3, v3) do |o0 = 0|
            o0
          end
        rescue Exception
        end
        begin
          3.times do |i|
            begin; v4 = nil; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C3.send(:alias_method, :m1, :m0); rescue Exception; end
begin; C1.extend(M0); rescue Exception; end
begin
  module M4
    begin; v5 = nil; rescue Exception; end
    begin; C3.send(:alias_method, :m1, :m1); rescue Exception; end
    begin; v6 = v5.m2(); rescue Exception; end
  end
rescue Exception
end
begin; v7 = {}; rescue Exception; end
begin; p v7; rescue Exception; end
begin; K0 = v7; rescue Exception; end
begin; Range.extend(M0); rescue Exception; end
begin
  def v7.m3(a0, a1)
    begin; C3.send(:remove_method, :m0); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v8 = ->(a0, a1) do
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    39
  end
rescue Exception
end
begin
  def v7.m4(a0, o0 = 0, *rest, k0: 1, &blk)
    -0.5
  end
rescue Exception
end
begin
  2.times do |i|
    begin
      v9 = lambda do
        begin; v10 = v8.eql?(12); rescue Exception; end
        i
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M5
    begin; K1 = 26; rescue Exception; end
    begin
      v11 = Class.new(String) do
        begin
          def m0(a0, o0 = 0, *rest, k0: 1, &blk)
            begin; v12 = nil; rescue Exception; end
            begin; C3.send(:undef_method, :"=="); rescue Exception; end
            k0
          end
        rescue Exception
        end
        begin; v13 = Object.new(); rescue Exception; end
        begin; 30.times { |i| v13.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
        begin
          v14 = proc do
            begin; raise ArgumentError, "x"; rescue Exception; end
            13
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v15 = v11.method(:m5); rescue Exception; end
  end
rescue Exception
end
begin
  class << v8
    begin; p true; rescue Exception; end
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
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin
  module M7
    begin; Object.class_eval("begin\n  begin\n  rescue => e\n    begin; 10.times { |i| { i => i } }; rescue Exception; end\n  end\nrescue Exception\nend\nbegin; C3.send(:alias_method, :m1, :\"==\"); rescue Exception; end"); rescue Exception; end
    begin
      class Numeric
        begin; alias_method :m6, :i; rescue Exception; end
      end
    rescue Exception
    end
    begin
      (2..7).i(1) do |a0, o0 = 0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  r1001 = 0
  begin
    begin; nil.i(v7, 60); rescue Exception; end
  rescue => e
    r1001 += 1
    retry if r1001 < 2
  end
rescue Exception
end
begin; v16 = C3.new("s16", k0: 3); rescue Exception; end
begin
  v17 = proc do |a0, *rest, p0|
    p0
  end
rescue Exception
end
begin
  def m5(k0: 1)
    nil
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin
  def v16.m3(a0, *rest)
    a0
  end
rescue Exception
end
begin; v18 = [v8, self, 36]; rescue Exception; end
