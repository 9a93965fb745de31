GC.start
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  Integer.send(:define_method, :m0) do
    begin; v0.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v1 = v0.dup; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :lines); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m3, :clear); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; p v1; rescue Exception; end
begin
  def m0(a0, a1)
    begin
      v2 = proc do |k0: 1, **kws|
        k0
      end
    rescue Exception
    end
    begin
      v3 = Proc.new do |a0, *rest, p0|
        begin; p v2; rescue Exception; end
        v2
      end
    rescue Exception
    end
    15.5
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m4, :zero?); rescue Exception; end
begin
  v5 = v1.lines(95) do |a0, &blk|
    begin; v4 = Object.instance_variable_get(:@k0); rescue Exception; end
    begin; Range.extend(Enumerable); rescue Exception; end
    a0
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m4, :clear); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m5, :zero?); rescue Exception; end
begin; v6 = [v1].include?(v1); rescue Exception; end
begin
  module M0
    begin
      class C1
        begin; 6.5.send(:">"); rescue Exception; end
        begin
          module M2
            GC.start
            begin; v7 = 16.5.method(:zip); rescue Exception; end
            begin; v8 = C1.new(&v7); rescue Exception; end
          end
        rescue Exception
        end
        begin; alias_method :m6, :clear; rescue Exception; end
      end
    rescue Exception
    end
    begin
      module M3
        begin
          def m7(o0 = 0)
            GC.start
            13
          end
        rescue Exception
        end
        begin
          v9 = proc do |a0, o0 = 0|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v10 = 85; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m8, :m1); rescue Exception; end
begin; Enumerable.send(:alias_method, :m9, :zip); rescue Exception; end
begin; C1.class_variable_set(:@@k0, v5); rescue Exception; end
begin; eval("begin; v11 = C1.new(); rescue Exception; end"); rescue Exception; end
begin
  C1.send(:define_method, :m10) do |a0, *rest|
    rest
  end
rescue Exception
end
begin
  v1.instance_eval do
  end
rescue Exception
end
begin; M0.send(:remove_method, :m11); rescue Exception; end
begin; C1.extend(M0); rescue Exception; end
begin
  v12 = proc do |a0, &blk|
    self
  end
rescue Exception
end
begin; v12.singleton_class.send(:alias_method, :m6, :m5); rescue Exception; end
begin
  C1.class_eval do
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin; 10.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; C1.instance_variable_set(:@k0, v12); rescue Exception; end
begin
  class << v6
    begin; v13 = [K0, "s0"]; rescue Exception; end
    begin; alias_method :m11, :zip; rescue Exception; end
  end
rescue Exception
end
