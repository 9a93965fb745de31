GC.start
GC.start
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin
  module M0
    begin
      v2 = 41.send(:downto, k0: self) do |a0, &blk|
        begin
          v0 = proc do
            nil
          end
        rescue Exception
        end
        begin; v1 = Object.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m1, :m2); rescue Exception; end
GC.start
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  v3 = Class.new(StandardError) do
    begin; v4 = C1.new(); rescue Exception; end
    begin; raise TypeError, "x"; rescue Exception; end
    begin
      v4.instance_eval do
        begin
          module M2
            begin; v5 = 21.respond_to?(:m3); rescue Exception; end
            begin; v6 = :y4.intern(1); rescue Exception; end
            begin; v7 = nil; rescue Exception; end
          end
        rescue Exception
        end
        begin; v4.instance_eval("begin; v8 = v4.dup; rescue Exception; end"); rescue Exception; end
      end
    rescue Exception
    end
    begin; v9 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v10 = proc do |o0 = 0|
    begin; eval(""); rescue Exception; end
    self
  end
rescue Exception
end
begin
  v11 = proc do |a0, a1|
    (1..5)
  end
rescue Exception
end
begin
  module M3
    begin; alias m1 negative?; rescue Exception; end
    begin
      C1.send(:define_method, :m4) do
        begin
          def self.m0(k0: 1, **kws)
            "s3"
          end
        rescue Exception
        end
        71
      end
    rescue Exception
    end
  end
rescue Exception
end
