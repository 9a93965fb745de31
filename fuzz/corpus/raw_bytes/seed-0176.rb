begin
  (0..3).to_s(k0: 2) do
    "s3"
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; Array.extend(Comparable); rescue Exception; end
begin; self.m0(k0: v0); rescue Exception; end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  true.m1() do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v1 = "s8".send(:valid_encoding?, self, v0) do |a0, &blk|
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v2 = Hash.instance_method(:reject); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :m2); rescue Exception; end
begin; v3 = Struct.new(:f0); rescue Exception; end
begin
  module M0
    begin; v4 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v5 = true.respond_to?(:m3); rescue Exception; end
begin; v0.instance_eval("begin\n  module M1\n    begin\n      class Range\n        begin; alias_method :m2, :max; rescue Exception; end\n        begin; alias_method :m1, :max; rescue Exception; end\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v6 = nil; rescue Exception; end
    begin; v7 = Object.new((3..6), v6); rescue Exception; end
    begin; C2.send(:remove_method, :m2); rescue Exception; end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin
  class << v5
    begin
      def m4()
        begin; C2.send(:alias_method, :m3, :m5); rescue Exception; end
        begin
          v8 = ->(o0 = 0) do
            begin; v9 = C2.new(1); rescue Exception; end
            o0
          end
        rescue Exception
        end
        (1..5)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v10 = lambda do
    begin
      def v3.m2(k0: 1)
        begin; Object.send(:alias_method, :m6, :max); rescue Exception; end
        k0
      end
    rescue Exception
    end
    :y4
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
