GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; C0.send(:undef_method, :instance_variables); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v0.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
  ensure
    begin; raise RuntimeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v1 = "abc" + v0; rescue Exception; end
begin; Kernel.send(:alias_method, :m0, :instance_variables); rescue Exception; end
begin
  class C0 < Numeric
    begin
      v2 = proc do |a0, &blk|
        begin; alias m2 allbits?; rescue Exception; end
        blk
      end
    rescue Exception
    end
    begin
      class Integer
        begin; alias_method :m3, :step; rescue Exception; end
        begin; alias_method :m4, :step; rescue Exception; end
      end
    rescue Exception
    end
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
      10.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m5, :instance_variables); rescue Exception; end
begin
  v0.instance_eval do
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m6, :instance_variables); rescue Exception; end
begin; Kernel.send(:alias_method, :m7, :instance_variables); rescue Exception; end
begin; v3 = Float(3); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m8, :step); rescue Exception; end
begin; v4 = 2.5.respond_to?(:m9, true); rescue Exception; end
begin; v5 = (1..3); rescue Exception; end
begin; v6 = C0.instance_method(:m10); rescue Exception; end
begin
  5.times do |i|
    begin; v7 = (4..6); rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin; Kernel.send(:alias_method, :m11, :instance_variables); rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin; v9 = []; rescue Exception; end
begin; v10 = [v9, 93].max; rescue Exception; end
begin; v11 = :upcase; rescue Exception; end
begin; v12 = 27; rescue Exception; end
