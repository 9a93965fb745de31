GC.start
begin; p :y2; rescue Exception; end
begin; v0 = { (3..5) => 1, "s18" => 2 }[(3..5)]; rescue Exception; end
begin; v1 = [self]; rescue Exception; end
begin
  v2 = proc do |a0, *rest, p0|
    v0
  end
rescue Exception
end
begin; Object.send(:alias_method, :m0, :inspect); rescue Exception; end
begin; v3 = "s16"; rescue Exception; end
begin; v4 = nil; rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin
  class << v1
    begin; v5 = Object.new(true, "s2"); rescue Exception; end
    begin
      class << v5
        begin; v6 = String(self); rescue Exception; end
        begin; v7 = Object.new(); rescue Exception; end
        begin; alias_method :m0, :to_proc; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = {:k0 => v2}; rescue Exception; end
begin
  v9 = Proc.new do |a0|
    begin
      def v1.m1(a0, &blk)
        begin; 300.times { |i| proc { i } }; rescue Exception; end
        (3..4)
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v9.singleton_class.send(:define_method, :m0, v9); rescue Exception; end
begin
  begin
  rescue => e
    begin
      v10 = Class.new(Numeric) do
        begin; v11 = true; rescue Exception; end
      end
    rescue Exception
    end
    begin; v2.instance_eval("begin\n  class << v1\n    begin; v12 = { 10.5 => 1, true => 2 }[10.5]; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
  ensure
    begin; Integer.send(:alias_method, :m2, :to_proc); rescue Exception; end
  end
rescue Exception
end
begin
  v13 = ->(a0, a1) do
    begin
      class C1 < Numeric
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        begin
          C1.class_eval do
            begin
              def self.m0(a0)
                a0
              end
            rescue Exception
            end
            begin
              def m3(a0, *rest, p0)
                50
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v9
  end
rescue Exception
end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      C2.send(:define_method, :m4) do |o0 = 0|
        begin; v14 = C2.new(); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin; v15 = C1.new(k0: 2); rescue Exception; end
    begin; Range.send(:alias_method, :m5, :to_proc); rescue Exception; end
    begin; C0.send(:remove_method, :to_proc); rescue Exception; end
  end
rescue Exception
end
begin; v16 = v8.respond_to?(:m2, true); rescue Exception; end
