GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  module M0
    begin; v1 = Object.new(); rescue Exception; end
    begin; p v1; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; Object.send(:include, M0); rescue Exception; end
begin; v2 = v0.method(:member?); rescue Exception; end
begin
  class << v0
    begin; v3 = Struct.new(:f0); rescue Exception; end
  end
rescue Exception
end
begin; v0.public_send(:each_pair, v2, 23); rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin
  v5 = Class.new(Array) do
    begin; raise TypeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin
  def v5.m0(a0)
    a0
  end
rescue Exception
end
begin
  class << v2
    begin; v6 = C1.new((1..2)); rescue Exception; end
    begin; v7 = "s1"; rescue Exception; end
    begin; v8 = true; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; 20.member?(k0: 2); rescue Exception; end
begin
  v9 = lambda do |a0|
    a0
  end
rescue Exception
end
begin; Object.send(:alias_method, :m0, :member?); rescue Exception; end
begin; v10 = C1.new(); rescue Exception; end
begin; v11 = C1.class_variable_get(:@@k2); rescue Exception; end
GC.start
GC.start
begin
  v12 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class << v5
        begin
          class C2 < String
            begin; v13 = :upcase; rescue Exception; end
          end
        rescue Exception
        end
        begin; v14 = nil; rescue Exception; end
      end
    rescue Exception
    end
    begin; 8.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    o0
  end
rescue Exception
end
GC.start
