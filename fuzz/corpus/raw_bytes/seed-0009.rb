begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v0 = {:k0 => self}; rescue Exception; end
begin
  class C0
    begin; v1 = C0.new(1); rescue Exception; end
  end
rescue Exception
end
begin
  v2 = proc do |k0: 1|
    begin; v3 = v0.method(:"-"); rescue Exception; end
    k0
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin
  class C1 < String
    begin; C0.send(:alias_method, :m0, :"-"); rescue Exception; end
    begin; v4 = C0.new(); rescue Exception; end
    begin; v4.instance_eval(""); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v5 = C0.new(); rescue Exception; end
    begin; v6 = v5.respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin
  class Array
    begin; alias m1 :"-"; rescue Exception; end
  end
rescue Exception
end
begin
  v7 = Class.new(C0) do
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin; Object.const_set(:K0, 4); rescue Exception; end
    begin; v8 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v9 = v2.to_proc; rescue Exception; end
begin
  v2.singleton_class.send(:define_method, :m2) do |a0, o0 = 0|
    begin; v10 = true; rescue Exception; end
    v7
  end
rescue Exception
end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin
  v12 = v7.send(:inherited, 1) do |a0, a1|
    begin; v11 = v7.method(:m0); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  def v7.m3()
    begin; v13 = (4..7).respond_to?(:m0); rescue Exception; end
    89
  end
rescue Exception
end
begin
  class C3 < Exception
    begin
      class C4
        begin
          Range.send(:define_method, :m3) do
            true
          end
        rescue Exception
        end
        begin; C0.send(:prepend, Comparable); rescue Exception; end
        begin
          2.times do |i|
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def self.m4()
        begin
          v14 = ->(a0) do
            begin; v15 = a0.respond_to?(:m0); rescue Exception; end
            (1..6)
          end
        rescue Exception
        end
        begin; Object.const_set(:K1, v14); rescue Exception; end
        71
      end
    rescue Exception
    end
    begin; v16 = C1.new(); rescue Exception; end
    begin; v16.singleton_class.send(:undef_method, :"-"); rescue Exception; end
  end
rescue Exception
end
