begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m0()
        82
      end
    rescue Exception
    end
    begin; v0 = 10.5.respond_to?(:between?); rescue Exception; end
    begin; v1 = true; rescue Exception; end
  end
rescue Exception
end
begin; p 50; rescue Exception; end
begin; C0.send(:alias_method, :m1, :between?); rescue Exception; end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  C0.send(:define_method, :m1) do |k0: 1, **kws|
    13.5
  end
rescue Exception
end
begin; C0.send(:alias_method, :m1, :zero?); rescue Exception; end
begin; v2 = {}; rescue Exception; end
begin
  def m0(a0, a1)
    begin; C0.send(:undef_method, :m2); rescue Exception; end
    "s13"
  end
rescue Exception
end
begin; 100.times { |i| v2[i] = [i] }; rescue Exception; end
begin; v3 = (4..7); rescue Exception; end
begin
  C0.send(:define_method, :m3) do
    begin
      def v2.m4()
        self
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin
  class C1
    begin
      module M2
        begin; M2.send(:prepend, M2); rescue Exception; end
        begin; v4 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v5 = proc do |a0|
    a0
  end
rescue Exception
end
begin
  class C3
    begin
      v6 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
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
        begin; C4.send(:alias_method, :m5, :zero?); rescue Exception; end
      end
    rescue Exception
    end
    begin; v7 = self.method(:zero?).call(v6, v6); rescue Exception; end
    begin
      class C5
        begin; alias_method :m6, :product; rescue Exception; end
        begin
          class Numeric
            begin; alias m1 zero?; rescue Exception; end
            begin; alias_method :m6, :zero?; rescue Exception; end
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
begin; p v5; rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v2["s7"] = v3; rescue Exception; end
begin
  r1 = 0
  begin
    begin; v8 = Object.new(); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; raise ArgumentError, "x"; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v9 = v2.method(:m7); rescue Exception; end
    begin; v10 = v5.respond_to?(:m5); rescue Exception; end
  end
rescue Exception
end
