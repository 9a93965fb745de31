GC.start
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = String(v0); rescue Exception; end
begin; Object.class_variable_set(:@@k2, 99); rescue Exception; end
begin; v2 = Object.class_variable_get(:@@k2); rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin
  v3 = Proc.new do |a0, a1|
    begin
      def m1(k0: 1)
        k0
      end
    rescue Exception
    end
    begin
      v4 = proc do |a0, &blk|
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v3.instance_eval do
    begin; v5 = [v0, "s16", v0].sort { |x, y| y <=> x }; rescue Exception; end
    begin
      v6 = proc do |a0, *rest, p0|
        begin; v7 = Object.instance_variable_get(:@k1); rescue Exception; end
        12.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.instance_eval("begin; v8 = Object.class_variable_get(:@@k1); rescue Exception; end\nbegin; Array.extend(Enumerable); rescue Exception; end"); rescue Exception; end
GC.start
begin; v9 = v2.respond_to?(:m1, true); rescue Exception; end
begin; v10 = v2.send(:m2, 1); rescue Exception; end
begin
  class C0
    begin; C0.send(:include, Enumerable); rescue Exception; end
    begin
      v11 = proc do |k0: 1|
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        k0
      end
    rescue Exception
    end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin
  v12 = ->(a0, &blk) do
    "s10"
  end
rescue Exception
end
begin
  class Hash
    begin; alias m3 :"<"; rescue Exception; end
    begin; alias_method :m4, :"<"; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < C0
    begin; 100.times { |i| { i => i } }; rescue Exception; end
    begin; C1.send(:prepend, Enumerable); rescue Exception; end
    begin; C0.send(:undef_method, :m4); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m5, :clamp); rescue Exception; end
begin
  module M2
    begin
      v13 = lambda do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v14 = C1.class_variable_get(:@@k2); rescue Exception; end
begin; v15 = v10.method(:"<"); rescue Exception; end
begin; v12.freeze; rescue Exception; end
