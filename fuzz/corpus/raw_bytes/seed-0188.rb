begin; v0 = Object.new(); rescue Exception; end
begin; Array.send(:alias_method, :m0, :cycle); rescue Exception; end
begin
  class C0
    begin
      v1 = lambda do |a0|
        begin
          class C1
            begin; v2 = Struct.new(:f0, :f1, :f2); rescue Exception; end
            begin; alias m1 m2; rescue Exception; end
          end
        rescue Exception
        end
        31
      end
    rescue Exception
    end
    begin; eval("begin\n  class << v1\n    begin; K0 = 31; rescue Exception; end\n    begin; v3 = Struct.new(:f0); rescue Exception; end\n    begin\n      v3.singleton_class.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|\n        rest\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
    begin; alias_method :m2, :cycle; rescue Exception; end
    begin; C0.send(:alias_method, :m4, :cycle); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
begin; Array.send(:alias_method, :m3, :abs); rescue Exception; end
begin; v4 = [:y2, true, v0]; rescue Exception; end
begin; v5 = C0.instance_method(:abs); rescue Exception; end
GC.start
begin; C0.class_eval("begin\n  def v4.m6(a0, o0 = 0)\n    a0\n  end\nrescue Exception\nend\nbegin\n  include Comparable\n  def <=>(o)\n    (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  begin
  rescue => e
    begin; 100.times { |i| "x" * 8 }; rescue Exception; end
    begin
      C1.send(:define_method, :m6) do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m5, :abs); rescue Exception; end
begin; Hash.send(:alias_method, :m0, :abs); rescue Exception; end
begin; v6 = v0.respond_to?(:abs); rescue Exception; end
begin
  module M2
    begin; Hash.send(:alias_method, :m7, :abs); rescue Exception; end
    begin; C1.send(:alias_method, :m5, :abs); rescue Exception; end
  end
rescue Exception
end
begin
  v7 = Class.new(C0) do
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; v8 = [(3..8), 7.5, 53]; rescue Exception; end
    begin; 100.times { |i| v8 << i.to_s }; rescue Exception; end
    begin
      r2001 = 0
      begin
      rescue => e
        begin
          v9 = lambda do |a0, o0 = 0|
            o0
          end
        rescue Exception
        end
        begin; v8.singleton_class.send(:define_method, :m8, v9); rescue Exception; end
        r2001 += 1
        retry if r2001 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 << v7; rescue Exception; end
begin
  def m3(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; self.m7(1); rescue Exception; end
    begin; Object.const_set(:K1, (4..9)); rescue Exception; end
    (1..3)
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v0
        begin; C3.send(:undef_method, :cycle); rescue Exception; end
        begin
          5.times do |i|
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
      end
    rescue Exception
    end
  ensure
    begin; Object.send(:alias_method, :m9, :abs); rescue Exception; end
    begin; v7.send(:undef_method, :m10); rescue Exception; end
  end
rescue Exception
end
begin; v10 = v5.bind("s8"); rescue Exception; end
begin; eval(""); rescue Exception; end
begin; v11 = C1.instance_method(:abs); rescue Exception; end
begin
  begin
    begin; v12 = v11.method(:m11); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v13 = C3.new(); rescue Exception; end
  end
rescue Exception
end
