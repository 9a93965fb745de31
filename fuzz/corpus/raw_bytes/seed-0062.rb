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
      v11 = v0.allocate() do
        v0
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
