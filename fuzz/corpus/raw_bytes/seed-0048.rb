begin; v0 = {:k0 => 57, :k1 => 46}; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin
  class << v0
    begin
      Object.send(:define_method, :m0) do |a0, *rest|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Struct
    begin; alias_method :m0, :each_pair; rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    GC.start
    begin
      v1 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        19.5
      end
    rescue Exception
    end
    begin
      class << v1
        begin; v2 = Array.instance_method(:m0); rescue Exception; end
        begin; v2.m0(k0: 2); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v0
    begin; v3 = Hash.instance_method(:each_pair); rescue Exception; end
    begin
      Range.send(:define_method, :m1) do |a0, o0 = 0|
        v3
      end
    rescue Exception
    end
    begin; v4 = (2..3); rescue Exception; end
  end
rescue Exception
end
begin; v5 = Object.new(); rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; String.send(:alias_method, :m2, :sort); rescue Exception; end
begin; v6 = Object.new(**v0); rescue Exception; end
begin
  v7 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    17
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m3, :m1); rescue Exception; end
begin
  class Array
    begin; alias_method :m4, :sort; rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin; v8 = Object.new(k0: self); rescue Exception; end
    begin; Object.send(:alias_method, :m5, :each_pair); rescue Exception; end
  end
rescue Exception
end
begin
  class Array
    begin; alias m3 sort; rescue Exception; end
  end
rescue Exception
end
begin
  module M2
    begin; v9 = 15.5.public_send(:"&", 1); rescue Exception; end
    begin; Object.send(:include, M0); rescue Exception; end
  end
rescue Exception
end
begin; K0 = v6; rescue Exception; end
