begin; ($stash ||= []).concat(Array.new(11) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = Object.new(self, k0: 3); rescue Exception; end
begin
  def m0(a0, o0 = 0)
    :y5
  end
rescue Exception
end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(2) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  v2 = v0.send(:message, v0, v0) do |a0, &blk|
    begin; v1 = Object.new(); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  module M0
    begin; v3 = Object.new(); rescue Exception; end
    begin; 30.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin
  class Array
    begin; alias m1 rotate; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :rotate); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v4 = proc do |a0, a1|
        begin
          Integer.send(:define_method, :m2) do |a0, o0 = 0|
            v2
          end
        rescue Exception
        end
        k0
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; v5 = nil; rescue Exception; end
  end
rescue Exception
end
begin; K0 = self; rescue Exception; end
begin
  def v0.m3(a0)
    a0
  end
rescue Exception
end
begin
  10.times do |i|
    begin
      class << v0
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
GC.start
begin
  v6 = Class.new(StandardError) do
    begin; C1.class_variable_set(:@@k0, (2..5)); rescue Exception; end
    begin; v7 = C1.new(); rescue Exception; end
    begin; v8 = self.respond_to?(:m4); rescue Exception; end
    begin; 50.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m0, :message); rescue Exception; end
begin; C1.send(:include, M0); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m2, :m5); rescue Exception; end
begin
  class C2
    begin; v9 = 11.5.respond_to?(:rotate); rescue Exception; end
    begin; v10 = 4.5; rescue Exception; end
    begin
      class C3
        begin; raise ArgumentError, "x"; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  begin
    begin; v11 = C3.new(v6, k0: 3); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin; v12 = :upcase; rescue Exception; end
begin; v13 = nil; rescue Exception; end
begin; v14 = nil.method(:">"); rescue Exception; end
