begin; v0 = ["s17", 48, :y3]; rescue Exception; end
begin; v1 = [self]; rescue Exception; end
begin
  module M0
    begin
      class C1
        begin; alias m0 inject; rescue Exception; end
        begin
          Array.class_eval do
            begin; alias m1 m1; rescue Exception; end
            begin
              def m2()
                59
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; 50.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v2 = "s5".method(:m2); rescue Exception; end
begin
  v3 = Class.new(String) do
    begin; self.send(:include, M0); rescue Exception; end
    begin; v4 = nil.method(:inject); rescue Exception; end
  end
rescue Exception
end
begin
  v5 = proc do |a0, *rest, p0|
    begin
      v6 = proc do
        v2
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; C2.send(:alias_method, :m3, :step); rescue Exception; end
begin
  class << v0
    begin; self.send(:prepend, M0); rescue Exception; end
    begin
      true.m4(:y2, k0: 3) do |o0 = 0|
        begin
          module M3
            begin; v7 = self.downto(71, (0..0)); rescue Exception; end
            begin; v8 = 44; rescue Exception; end
            begin; v9 = [v7]; rescue Exception; end
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = (v0..v2).include?(v0); rescue Exception; end
begin; v0.singleton_class.send(:define_method, :m5, v5); rescue Exception; end
begin
  class << v2
    begin; M0.send(:remove_method, :m3); rescue Exception; end
  end
rescue Exception
end
begin; v11 = v3.instance_variable_get(:@i3); rescue Exception; end
begin
  def v5.m2(k0: 1, **kws)
    kws
  end
rescue Exception
end
begin
  class << v11
    begin; K0 = 75; rescue Exception; end
    begin; Hash.send(:alias_method, :m1, :inject); rescue Exception; end
    begin
      def m1(o0 = 0)
        77
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5.call(); rescue Exception; end
begin
  class Integer
    begin; alias m6 step; rescue Exception; end
    begin; alias_method :m7, :step; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:define_method, :m8, v5); rescue Exception; end
begin; v12 = :y0; rescue Exception; end
begin
  def v5.m9(a0, o0 = 0, *rest, k0: 1, &blk)
    nil
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m4, :step); rescue Exception; end
begin; C2.send(:alias_method, :m4, :inject); rescue Exception; end
begin; C2.instance_variable_set(:@k2, 61); rescue Exception; end
