GC.start
begin; v0 = []; rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v1 = String.instance_method(:message); rescue Exception; end
GC.start
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; Array.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  class Exception
    begin; alias m1 message; rescue Exception; end
    begin; alias_method :m2, :message; rescue Exception; end
  end
rescue Exception
end
begin; Array.send(:alias_method, :m3, :message); rescue Exception; end
begin; v2 = v0.dup; rescue Exception; end
begin; v3 = {}; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m4, :message); rescue Exception; end
begin
  class << v0
    begin
      Object.send(:define_method, :m5) do |o0 = 0|
        begin; v4 = Object.new(); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  v5 = Class.new(String) do
    GC.start
    GC.start
    GC.start
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
GC.start
GC.start
GC.start
