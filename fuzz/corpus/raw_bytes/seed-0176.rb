begin; v0 = {:k0 => nil, :k1 => self}; rescue Exception; end
begin; v0[6.5] = v0; rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m0); rescue Exception; end
begin
  Range.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v0[47] = true; rescue Exception; end
    begin; Array.class_eval("begin; Object.const_set(:K0, v0); rescue Exception; end"); rescue Exception; end
    blk
  end
rescue Exception
end
begin
  class Integer
    begin; alias m2 succ; rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
    begin
      class Hash
        begin; alias m3 flatten; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p self; rescue Exception; end
begin
  v2 = "s19".center(1) do |a0, o0 = 0|
    begin
      class << v0
        begin; v1 = Object.new(); rescue Exception; end
        begin
          class C0
            begin; Object.send(:alias_method, :m2, :succ); rescue Exception; end
            GC.start
          end
        rescue Exception
        end
        begin; alias_method :m4, :m5; rescue Exception; end
      end
    rescue Exception
    end
    (2..7)
  end
rescue Exception
end
begin; v3 = [true, true, self]; rescue Exception; end
begin; v4 = []; rescue Exception; end
begin; v5 = Object.new(*v4); rescue Exception; end
begin
  class << v4
    begin
      5.times do |i|
      end
    rescue Exception
    end
    begin; alias_method :m6, :m7; rescue Exception; end
    begin; v6 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k0, v4); rescue Exception; end
begin
  class Integer
    begin; alias_method :m8, :succ; rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; v7 = C0.new(); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v8 = v3.dup; rescue Exception; end
    begin
      class << v3
        begin; v9 = [(3..6), self, (3..6)].sort { |x, y| y <=> x }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v5
    begin; self.m6(64); rescue Exception; end
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
begin; v10 = v3.clone; rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
GC.start
begin; C0.send(:alias_method, :m9, :succ); rescue Exception; end
