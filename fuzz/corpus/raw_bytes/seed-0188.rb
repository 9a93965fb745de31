begin; v0 = self.respond_to?(:m0, true); rescue Exception; end
begin
  class << v0
    begin; v1 = Object.new("s7", 78); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  v2 = v0.m1() do |a0, a1|
    a1
  end
rescue Exception
end
begin
  1.times do |i|
    begin; Object.instance_variable_set(:@k0, true); rescue Exception; end
  end
rescue Exception
end
begin
  class C0 < String
    begin
      C0.send(:define_method, :m1) do |a0|
        a0
      end
    rescue Exception
    end
    begin; v3 = {:k0 => 18}; rescue Exception; end
    begin; v3.singleton_class.send(:alias_method, :m2, :extend); rescue Exception; end
    begin; v3.singleton_class.send(:remove_method, :m0); rescue Exception; end
  end
rescue Exception
end
begin; Hash.extend(Comparable); rescue Exception; end
begin
  class << v2
    begin
      C0.send(:define_method, :m2) do |a0, *rest, p0|
        begin; C0.send(:alias_method, :m3, :hash); rescue Exception; end
        p0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = []; rescue Exception; end
begin; v4.repeated_permutation(k0: v2); rescue Exception; end
GC.start
begin
  v5 = lambda do
    begin
      v6 = Proc.new do |a0, &blk|
        begin
          v4.singleton_class.send(:define_method, :m4) do |a0, *rest|
            true
          end
        rescue Exception
        end
        88
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; v7 = C0.instance_method(:m5); rescue Exception; end
begin
  def v4.m6(a0, *rest, p0)
    begin; Array.send(:alias_method, :m4, :extend); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin
  v5.instance_eval do
    begin; C0.send(:alias_method, :m7, :to_s); rescue Exception; end
    begin
      class Struct
        begin; alias m5 select; rescue Exception; end
        begin; alias_method :m8, :m9; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; String.send(:alias_method, :m10, :extend); rescue Exception; end
begin; C0.send(:alias_method, :m8, :extend); rescue Exception; end
begin; v8 = v5.singleton_class; rescue Exception; end
begin
  class << v5
    begin
      v9 = 62.digits(1) do |a0|
        38
      end
    rescue Exception
    end
    begin; 50.times { |i| { i => i } }; rescue Exception; end
    begin; 50.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin
  class C1
    begin
      def self.m0()
        begin; v10 = C1.new(); rescue Exception; end
        true
      end
    rescue Exception
    end
    begin; v11 = 13.5.round(11.5, k0: 3); rescue Exception; end
    begin; v12 = nil.respond_to?(:m3, true); rescue Exception; end
  end
rescue Exception
end
begin; v13 = v7.bind(true); rescue Exception; end
