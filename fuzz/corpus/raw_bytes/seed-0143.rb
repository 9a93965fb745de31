begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin
  r1 = 0
  begin
    begin
      r2 = 0
      begin
        begin
          self.m0() do |a0, o0 = 0|
            begin; v0 = Object.new(); rescue Exception; end
            true
          end
        rescue Exception
        end
      rescue => e
        GC.start
        r2 += 1
        retry if r2 < 2
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; Object.instance_variable_set(:@k1, :y0); rescue Exception; end
    begin
      class C0
        begin
          :y2.public_send(:casecmp?) do
            begin; v1 = Struct.new(:f0, :f1, :f2); rescue Exception; end
            70
          end
        rescue Exception
        end
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        begin; C0.send(:remove_method, :m0); rescue Exception; end
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin; v2 = [(1..1), 31, 2.5]; rescue Exception; end
begin; v2 << 16; rescue Exception; end
begin; v3 = Struct.new(:f0, :f1); rescue Exception; end
begin
  v4 = proc do |a0, &blk|
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    blk
  end
rescue Exception
end
begin
  v5 = lambda do
    begin
      C0.class_eval do
        begin; v6 = {:k0 => v3, :k1 => v3}; rescue Exception; end
        begin; v3.singleton_class.send(:alias_method, :m0, :initialize_copy); rescue Exception; end
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; p v2; rescue Exception; end
GC.start
