begin; ($stash ||= []).concat(Array.new(4) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  Array.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    GC.start
    rest
  end
rescue Exception
end
begin; v0 = nil; rescue Exception; end
begin
  v1 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class C1 < Numeric
        begin; v2 = 26; rescue Exception; end
        begin; alias m0 anybits?; rescue Exception; end
        begin
          C1.send(:define_method, :m1) do |a0|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m2, :eql?); rescue Exception; end
  end
rescue Exception
end
begin
  v3 = lambda do |a0, &blk|
    begin; v4 = true; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v3
    begin; v5 = C0.new(); rescue Exception; end
    begin; 10.times { |i| Object.new }; rescue Exception; end
    begin
      class << v5
        begin
          v6 = proc do |o0 = 0|
            begin; v7 = Struct.new(:f0); rescue Exception; end
            begin; v8 = C0.new(k0: 2); rescue Exception; end
            "s15"
          end
        rescue Exception
        end
        begin; self.tap(1); rescue Exception; end
        begin
          v9 = ->(a0, &blk) do
            begin; v10 = v6.send(:eql?, k0: 2); rescue Exception; end
            v6
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1.send(:include, Comparable); rescue Exception; end
begin
  class << v1
    begin
      v11 = true.m1("s12") do |a0, o0 = 0, *rest, k0: 1, &blk|
        41
      end
    rescue Exception
    end
    begin; eval(""); rescue Exception; end
    begin; C1.instance_variable_set(:@k0, v11); rescue Exception; end
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k2, v3); rescue Exception; end
begin; v12 = Numeric.instance_method(:m2); rescue Exception; end
begin
  class << v1
    begin
      v13 = proc do |k0: 1|
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = Object.new(); rescue Exception; end
begin; v14.singleton_class.send(:undef_method, :m3); rescue Exception; end
GC.start
