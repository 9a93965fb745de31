begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v0 = String(90); rescue Exception; end
begin; v1 = Object.class_variable_get(:@@k1); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :message); rescue Exception; end
begin
  v2 = Class.new(Array) do
    begin
      class Exception
        begin; alias m1 message; rescue Exception; end
      end
    rescue Exception
    end
    begin
      C0.send(:define_method, :m1) do
        begin
          def m0(a0, o0 = 0, *rest, k0: 1, &blk)
            begin; C0.send(:remove_method, :m0); rescue Exception; end
            begin; C0.send(:alias_method, :m1, :m2); rescue Exception; end
            o0
          end
        rescue Exception
        end
        16.5
      end
    rescue Exception
    end
    begin
      begin
        begin
          v3 = lambda do |a0|
            a0
          end
        rescue Exception
        end
        begin
          Numeric.send(:define_method, :m3) do
            v3
          end
        rescue Exception
        end
      rescue => e
        begin; v4 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = v2.respond_to?(:m4); rescue Exception; end
begin; v6 = {:k0 => 15.5}; rescue Exception; end
begin
  2.times do |i|
    begin
      module M1
        begin; v7 = (4..4); rescue Exception; end
        begin
          class << v7
            begin; raise TypeError, "x"; rescue Exception; end
          end
        rescue Exception
        end
        begin
          5.times do |i|
            begin; v8 = C0.new(); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v0
    begin
      3.times do |i|
        begin; v9 = self.message(); rescue Exception; end
        begin
          C0.send(:define_method, :m0) do |a0, a1|
            v9
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; alias_method :m5, :times; rescue Exception; end
    begin; v10 = 3; rescue Exception; end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
