GC.start
begin; v0 = {:k0 => 19}; rescue Exception; end
begin
  class << v0
    begin; v1 = 66.public_send(:message); rescue Exception; end
  end
rescue Exception
end
begin
  v2 = Class.new(Exception) do
    begin; v3 = "s1".public_send(:succ); rescue Exception; end
    begin
      module M1
        begin; C0.send(:remove_method, :m0); rescue Exception; end
        begin; v4 = {}; rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    begin
      def m1()
        begin; 15.5.round(); rescue Exception; end
        begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
        true
      end
    rescue Exception
    end
    begin
      class C2 < Hash
        begin
          v6 = Proc.new do |o0 = 0|
            o0
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = "s18"; rescue Exception; end
begin
  v8 = proc do |a0, &blk|
    begin; p a0; rescue Exception; end
    self
  end
rescue Exception
end
begin; 30.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v9 = [16, v8, 45]; rescue Exception; end
begin; C0.send(:include, M1); rescue Exception; end
begin
  def m1(a0)
    begin
      v10 = Proc.new do |a0, a1|
        begin; raise RuntimeError, "x"; rescue Exception; end
        begin; v11 = C2.new(79); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      C2.send(:define_method, :m1) do |a0, &blk|
        begin; v12 = []; rescue Exception; end
        begin; v13 = Array(v10); rescue Exception; end
        a0
      end
    rescue Exception
    end
    nil
  end
rescue Exception
end
begin
  v15 = v9.m0(self) do
    begin; C2.class_variable_set(:@@k2, 38); rescue Exception; end
    begin
      v14 = Fiber.new do |x|
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
    v9
  end
rescue Exception
end
