begin
  def m0(a0, &blk)
    a0
  end
rescue Exception
end
begin; v0 = 7.send(:"[]=", 11.5); rescue Exception; end
begin
  begin
  rescue => e
  ensure
    begin; v1 = true; rescue Exception; end
    begin
      class C0
        begin; alias m1 m0; rescue Exception; end
        begin
          def m1(a0, &blk)
            begin; 50.times { |i| Object.new }; rescue Exception; end
            begin; C0.send(:alias_method, :m2, :each_pair); rescue Exception; end
            self
          end
        rescue Exception
        end
        begin
          def m3()
            19.5
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
  v2 = proc do
    v0
  end
rescue Exception
end
begin; C0.send(:alias_method, :m4, :downto); rescue Exception; end
begin; v3 = v2.instance_variable_get(:@i3); rescue Exception; end
begin; v4 = 19.5.method(:">>").call(k0: 2); rescue Exception; end
begin
  class C1 < Hash
    begin; self.m0(k0: 2); rescue Exception; end
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = Object.instance_method(:m5); rescue Exception; end
begin; v2.singleton_class.send(:undef_method, :m0); rescue Exception; end
begin; eval("begin\n  class Integer\n    begin; alias m6 downto; rescue Exception; end\n    begin; alias_method :m7, :\"[]=\"; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v2.instance_variable_set(:@i1, v2); rescue Exception; end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  v6 = proc do |a0, &blk|
    begin
      v7 = proc do
        GC.start
        v5
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin; v8 = C1.instance_method(:downto); rescue Exception; end
begin; C0.send(:remove_method, :m8); rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
