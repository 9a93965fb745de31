GC.start
begin
  v0 = Proc.new do
    begin
      class C0
        begin
          def self.m0()
            begin; v1 = C0.new(); rescue Exception; end
            nil
          end
        rescue Exception
        end
        begin; v2 = C0.new(); rescue Exception; end
        begin; C0.send(:remove_method, :first); rescue Exception; end
      end
    rescue Exception
    end
    nil
  end
rescue Exception
end
begin; v0.update(&v0); rescue Exception; end
begin
  v3 = ->() do
    begin; v0.singleton_class.send(:alias_method, :m1, :update); rescue Exception; end
    begin; v4 = C0.new(); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v5 = v3.respond_to?(:m2); rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin
  begin
    begin; v7 = []; rescue Exception; end
  rescue => e
    begin
      v8 = proc do |a0|
        begin
          def m1(a0)
            begin; v9 = C0.instance_method(:m3); rescue Exception; end
            1.5
          end
        rescue Exception
        end
        begin; v3.instance_eval("begin; v10 = \"s17\".dump(); rescue Exception; end"); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = C0.new(); rescue Exception; end
GC.start
begin; C0.send(:prepend, Comparable); rescue Exception; end
GC.start
begin; v12 = nil.respond_to?(:m4, true); rescue Exception; end
begin
  module M1
    begin; alias m3 m5; rescue Exception; end
    begin; alias_method :m3, :first; rescue Exception; end
  end
rescue Exception
end
begin; v13 = {:k0 => (3..3)}; rescue Exception; end
begin
  class << v3
    begin
      v16 = Fiber.new do |x|
        begin
          module M2
            begin
              C0.send(:define_method, :m6) do |a0, a1|
                nil
              end
            rescue Exception
            end
            begin; alias_method :m7, :m8; rescue Exception; end
            begin; v14 = 8.5.send(:div); rescue Exception; end
          end
        rescue Exception
        end
        begin; v15 = C0.new(); rescue Exception; end
        Fiber.yield(x)
        (0..5)
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m8, :update); rescue Exception; end
  end
rescue Exception
end
begin; p v11; rescue Exception; end
begin; p v6; rescue Exception; end
begin; C0.send(:alias_method, :m9, :update); rescue Exception; end
begin; 30.times { |i| v11.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class Hash
    begin; alias m10 update; rescue Exception; end
    begin; alias_method :m11, :reverse_each; rescue Exception; end
  end
rescue Exception
end
begin; v17 = {:k0 => v11}; rescue Exception; end
begin; C0.send(:define_method, :m9, v3); rescue Exception; end
begin; v18 = "s14".respond_to?(:m1); rescue Exception; end
begin; v0.instance_variable_set(:@i2, "s17"); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m9, :m9); rescue Exception; end
begin; v19 = "s6"; rescue Exception; end
begin; v20 = Struct.new(:f0, :f1); rescue Exception; end
begin; v21 = v17.singleton_class; rescue Exception; end
begin
  v22 = ->(k0: 1, **kws) do
    kws
  end
rescue Exception
end
