GC.start
begin
  v1 = self.finite?(nil) do
    begin; v0 = "abc" + "s6"; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  String.send(:define_method, :m0) do |a0, o0 = 0|
    v1
  end
rescue Exception
end
begin
  v2 = proc do |k0: 1|
    begin
      v3 = lambda do |a0, a1|
        begin; C0.send(:remove_method, :m0); rescue Exception; end
        a1
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v4 = nil.method(:m1); rescue Exception; end
begin; v5 = true; rescue Exception; end
begin; v6 = v2.singleton_class; rescue Exception; end
begin; 2.5.finite?(17.5); rescue Exception; end
begin
  String.send(:define_method, :m1) do |a0|
    v6
  end
rescue Exception
end
begin
  class C0 < Exception
    begin
      def self.m2()
        nil
      end
    rescue Exception
    end
    begin; v7 = C0.new(1); rescue Exception; end
    begin
      C0.class_eval do
        begin; v8 = [self, v7, v7]; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
