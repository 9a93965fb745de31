begin
  class C0 < Array
    begin
      r1 = 0
      begin
      rescue => e
        begin; v0 = e.respond_to?(:m0); rescue Exception; end
        r1 += 1
        retry if r1 < 2
      ensure
        begin; C0.send(:alias_method, :m0, :overlap?); rescue Exception; end
      end
    rescue Exception
    end
    begin
      (3..5).public_send(:each, 89, (0..1)) do |a0|
        begin; v1 = [a0, nil].uniq.size; rescue Exception; end
        :y4
      end
    rescue Exception
    end
    begin
      class C1 < C0
        begin; v2 = C1.new(1); rescue Exception; end
        begin
          v3 = proc do |a0, &blk|
            begin; v4 = C1.new(); rescue Exception; end
            begin; v5 = v2.singleton_class; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; alias_method :m1, :uniq; rescue Exception; end
        begin
          def m2(k0: 1)
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
begin; v6 = (2..6).respond_to?(:m0); rescue Exception; end
begin; v7 = [v6, v6].max; rescue Exception; end
begin; v8 = 31.respond_to?(:m1); rescue Exception; end
begin; v9 = [v8, v8, nil]; rescue Exception; end
begin
  class << v6
    begin
      class C2 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; true.m3(20); rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.send(:undef_method, :m4); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; v10 = Struct.new(:f0); rescue Exception; end
  rescue => e
    begin
      v11 = v6.public_send(:m5) do |a0|
        begin; v9.singleton_class.send(:undef_method, :m6); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      11.5.send(:abs, :y5, v11) do |a0|
        begin
          class << v11
            begin; v12 = self.m7(26); rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  ensure
    begin
      def m8()
        true
      end
    rescue Exception
    end
    begin; eval("begin\n  v9.singleton_class.send(:define_method, :m1) do |a0, &blk|\n    begin; v13 = C2.new(*v9); rescue Exception; end\n    blk\n  end\nrescue Exception\nend"); rescue Exception; end
  end
rescue Exception
end
begin
  5.times do |i|
    begin
      30.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; String.send(:alias_method, :m9, :insert); rescue Exception; end
begin
  v9.singleton_class.send(:define_method, :m10) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v14 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v15 = nil.respond_to?(:m2, true); rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; v16 = v6.respond_to?(:m11); rescue Exception; end
begin
  module M4
    begin
      def m1(a0)
        (4..7)
      end
    rescue Exception
    end
    begin; alias_method :m9, :insert; rescue Exception; end
  end
rescue Exception
end
begin; v17 = {}; rescue Exception; end
begin; C1.send(:alias_method, :m5, :m8); rescue Exception; end
begin; v17.instance_eval("begin\n  class << v7\n    begin\n      v18 = proc do |o0 = 0|\n        o0\n      end\n    rescue Exception\n    end\n    begin\n      include Enumerable\n      def each\n        yield 1\n        yield 2\n        self\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  begin
  rescue => e
    begin
      module M5
        begin; v19 = :y5; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
