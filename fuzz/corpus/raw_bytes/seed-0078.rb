GC.start
begin
  v0 = Class.new(Object) do
    begin; v1 = C0.new("s7", 86); rescue Exception; end
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          v2 = proc do |a0|
            begin; v3 = v1.instance_variable_get(:@i3); rescue Exception; end
            16.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :times); rescue Exception; end
    begin
      class << v1
        begin
          def m1(a0)
            a0
          end
        rescue Exception
        end
        begin; C0.send(:prepend, Enumerable); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = {:k0 => nil, :k1 => v0}; rescue Exception; end
begin; v5 = v4.dup; rescue Exception; end
begin
  2.times do |i|
    begin; v6 = C0.new(i); rescue Exception; end
  end
rescue Exception
end
begin; v7 = v4.method(:minmax); rescue Exception; end
begin
  begin
    begin; v8 = v4.send(:initialize, **v4); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; 300.times { |i| Object.new }; rescue Exception; end
  ensure
    begin; p true; rescue Exception; end
  end
rescue Exception
end
begin; v9 = nil; rescue Exception; end
begin; v10 = v0.subclasses(); rescue Exception; end
begin
  C0.send(:define_method, :m2) do |o0 = 0|
    begin
      v0.superclass(o0) do |a0, *rest|
        begin; v11 = Struct.new(:f0, :f1, :f2); rescue Exception; end
        rest
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  def v5.m3(a0, &blk)
    begin; Integer.send(:alias_method, :m0, :minmax); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v5.singleton_class.send(:alias_method, :m4, :times); rescue Exception; end
begin; v12 = Struct.new(:f0); rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m5); rescue Exception; end
begin; v12.singleton_class.send(:undef_method, :m6); rescue Exception; end
begin
  v13 = proc do |a0|
    begin; Range.send(:define_method, :m1, v7); rescue Exception; end
    begin
      def v0.m4(a0, o0 = 0)
        begin; v14 = :y1.respond_to?(:m4, true); rescue Exception; end
        -0.5
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  begin
    begin; v15 = v10.respond_to?(:m7, true); rescue Exception; end
  rescue => e
    begin; self.public_send(:m8, v13, v10); rescue Exception; end
  ensure
    begin; v16 = v5.singleton_class; rescue Exception; end
    begin; v17 = C0.instance_method(:minmax); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Hash
    begin; C1.send(:alias_method, :m0, :minmax); rescue Exception; end
  end
rescue Exception
end
