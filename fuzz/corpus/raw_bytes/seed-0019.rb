GC.start
begin; C0.send(:undef_method, :to_h); rescue Exception; end
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  class C0
    begin
      def m0(a0, a1)
        begin
          def m2()
            5.5
          end
        rescue Exception
        end
        begin
          begin
            begin; 50.times { |i| [i, i] }; rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
        21
      end
    rescue Exception
    end
    begin
      v0 = Class.new(Numeric) do
        begin; v1 = C1.new(); rescue Exception; end
        begin
          v3 = v1.m2(v1) do |a0, *rest, p0|
            begin; v2 = Object.new(); rescue Exception; end
            self
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v5 = v4.new(k0: 2); rescue Exception; end
begin; v6 = v4.instance_variable_get(:@i1); rescue Exception; end
begin
  class C2 < String
    begin
      def m3(o0 = 0)
        GC.start
        (0..1)
      end
    rescue Exception
    end
    begin
      v7 = lambda do |a0, &blk|
        blk
      end
    rescue Exception
    end
    begin; v8 = nil; rescue Exception; end
  end
rescue Exception
end
begin
  v10 = Fiber.new do |x|
    begin
      v9 = lambda do |a0|
        a0
      end
    rescue Exception
    end
    Fiber.yield(x)
    5
  end
rescue Exception
end
begin; v11 = C2.new(); rescue Exception; end
begin
  def m4(o0 = 0)
    begin
      begin
        begin; 50.times { |i| { i => i } }; rescue Exception; end
        begin
          v12 = lambda do |a0, o0 = 0|
            begin; v13 = C2.new(); rescue Exception; end
            begin; v14 = C0.new(1); rescue Exception; end
            93
          end
        rescue Exception
        end
      rescue => e
        begin; C0.send(:include, Enumerable); rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; v4.singleton_class.send(:remove_method, :m5); rescue Exception; end
begin; v15 = ["s4"]; rescue Exception; end
begin; v16 = :upcase; rescue Exception; end
begin
  v17 = Class.new(StandardError) do
    begin; v18 = nil.respond_to?(:m6); rescue Exception; end
    begin
      3.times do |i|
        begin; v19 = C3.new(); rescue Exception; end
        begin
          v20 = Class.new(Object) do
            begin
              def m7(o0 = 0)
                o0
              end
            rescue Exception
            end
            begin; v21 = C2.new(); rescue Exception; end
            begin; v22 = Object.new(); rescue Exception; end
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
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
      def m8()
        begin; C3.send(:alias_method, :m9, :loop); rescue Exception; end
        begin; C4.send(:remove_method, :each); rescue Exception; end
        "s1"
      end
    rescue Exception
    end
    begin
      class Struct
        begin; alias m8 each; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v23 = C4.new(); rescue Exception; end
begin; v24 = C2.new(); rescue Exception; end
begin
  Object.send(:define_method, :m10) do |a0, o0 = 0|
    begin; v4.singleton_class.send(:remove_method, :m11); rescue Exception; end
    o0
  end
rescue Exception
end
