begin; ($stash ||= []).concat(Array.new(11) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; v0 = 83; rescue Exception; end
begin; v1 = Object.new(1); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do |a0, a1|
    begin; v1.singleton_class.send(:undef_method, :m1); rescue Exception; end
    begin
      class << v1
        begin; v2 = Object.new(); rescue Exception; end
        begin
          module M0
            begin; Object.class_variable_set(:@@k1, true); rescue Exception; end
            begin; K0 = 8.5; rescue Exception; end
            begin
              def m0(o0 = 0)
                56
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; Range.send(:alias_method, :m0, :extend); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v3 = v1.method(:transpose); rescue Exception; end
begin
  class << v1
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
    begin
      v4 = "s10".send(:"==", 1) do
        (0..5)
      end
    rescue Exception
    end
    begin
      class << v4
        begin; Integer.send(:alias_method, :m1, :m2); rescue Exception; end
        begin
          module M1
            begin; alias m3 extend; rescue Exception; end
            begin; Array.send(:alias_method, :m3, :m0); rescue Exception; end
            begin; Object.class_variable_set(:@@k2, :y3); rescue Exception; end
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; String.send(:alias_method, :m4, :transpose); rescue Exception; end
begin; v3.call(v0, k0: 3); rescue Exception; end
begin
  class C2
    begin
      def m5(a0, o0 = 0, *rest, k0: 1, &blk)
        o0
      end
    rescue Exception
    end
    begin
      def self.m4()
        nil
      end
    rescue Exception
    end
    begin; 100.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; v5 = (2..7).max(k0: (3..6)); rescue Exception; end
begin; C2.send(:alias_method, :m4, :"-@"); rescue Exception; end
begin
  def m6()
    begin; v6 = C2.new(true); rescue Exception; end
    :y4
  end
rescue Exception
end
begin
  def v1.m4()
    begin; v7 = :y2; rescue Exception; end
    "s18"
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; p :y1; rescue Exception; end
begin
  C2.send(:define_method, :m7) do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v8 = C2.new(); rescue Exception; end
    begin
      class << v1
        begin
          C2.send(:define_method, :m8) do |k0: 1|
            k0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = v3.to_proc; rescue Exception; end
begin
  module M3
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
  class Numeric
    begin; alias m0 :"-@"; rescue Exception; end
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m8, :extend); rescue Exception; end
begin; C2.extend(M1); rescue Exception; end
begin
  class << v1
    begin; v10 = C2.new(); rescue Exception; end
  end
rescue Exception
end
begin; C2.class_variable_set(:@@k0, 19.5); rescue Exception; end
begin; 100.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
GC.start
