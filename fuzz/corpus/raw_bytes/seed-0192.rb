GC.start
begin
  30.times do |i|
  end
rescue Exception
end
begin; v0 = 63.respond_to?(:m0); rescue Exception; end
begin; v1 = "s17"; rescue Exception; end
begin
  v2 = v1.unpack(1) do |a0, a1|
    a1
  end
rescue Exception
end
begin
  class Array
    begin; alias_method :m1, :repeated_combination; rescue Exception; end
  end
rescue Exception
end
begin; v3 = [v2, v2]; rescue Exception; end
begin; Array.extend(Enumerable); rescue Exception; end
begin; v4 = v1.clone; rescue Exception; end
begin
  def m0(a0)
    a0
  end
rescue Exception
end
begin; 30.times { |i| v3 << i.to_s }; rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end
begin
  class << v1
    begin
      v5 = ->(a0, a1) do
        begin
          v6 = ->() do
            "s9"
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v7 = [[self], [v5]].flatten; rescue Exception; end
  end
rescue Exception
end
begin; v8 = (v1..12.5).include?(v1); rescue Exception; end
begin; Object.instance_variable_set(:@k2, v1); rescue Exception; end
begin
  def v3.m2(a0, &blk)
    blk
  end
rescue Exception
end
begin; v9 = v3.repeated_combination(v4, v2); rescue Exception; end
begin; Kernel.send(:alias_method, :m4, :p); rescue Exception; end
begin
  class << v0
    begin
      v10 = lambda do
        begin
          def m1(a0, &blk)
            a0
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    begin
      def m5(a0, a1)
        begin; p 14.5; rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v11 = v10.method(:m6); rescue Exception; end
  end
rescue Exception
end
begin; v12 = Object.new(); rescue Exception; end
begin; v3 << v9; rescue Exception; end
begin
  v13 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class C0 < Hash
        begin
          def m7(a0, a1)
            begin
              C0.send(:define_method, :m5) do |a0|
                4.5
              end
            rescue Exception
            end
            begin; v14 = (2..3); rescue Exception; end
            a0
          end
        rescue Exception
        end
        GC.start
        begin
          class Array
            begin; alias_method :m5, :repeated_combination; rescue Exception; end
            begin; alias_method :m1, :p; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v15 = C0.new(); rescue Exception; end
    blk
  end
rescue Exception
end
begin
  begin
    begin
      class C1 < String
        begin
          module M2
            begin; v16 = C1.new(true, (3..3)); rescue Exception; end
          end
        rescue Exception
        end
        begin
          Integer.send(:define_method, :m8) do |a0, a1|
            1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  rescue => e
    begin
      C0.class_eval do
        begin; v12.singleton_class.send(:alias_method, :m9, :m10); rescue Exception; end
        begin; v17 = Struct.new(:f0, :f1); rescue Exception; end
      end
    rescue Exception
    end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
  ensure
    begin; v18 = C0.instance_variable_get(:@k0); rescue Exception; end
  end
rescue Exception
end
begin
  v22 = v2.public_send(:m11, v1) do |a0, &blk|
    begin; K0 = v4; rescue Exception; end
    begin
      v19 = Class.new(C0) do
        begin
          def m1()
            begin; Array.send(:alias_method, :m10, :__upto_endless); rescue Exception; end
            begin; v20 = C0.new(); rescue Exception; end
            5
          end
        rescue Exception
        end
        begin; eval("begin; v21 = :y3.respond_to?(:m5); rescue Exception; end"); rescue Exception; end
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin; C3.instance_variable_set(:@k2, v2); rescue Exception; end
begin
  v23 = Proc.new do |a0, o0 = 0|
    o0
  end
rescue Exception
end
begin
  class C4 < C3
    begin; v24 = Range.instance_method(:m8); rescue Exception; end
    begin; eval(""); rescue Exception; end
    begin; v25 = C3.new(k0: 2); rescue Exception; end
    begin
      v26 = self.m3(K0) do
        80
      end
    rescue Exception
    end
  end
rescue Exception
end
