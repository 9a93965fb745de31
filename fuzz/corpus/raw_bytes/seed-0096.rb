begin
  v0 = ->(a0) do
    begin; Object.send(:alias_method, :m0, :min); rescue Exception; end
    begin; p nil; rescue Exception; end
    :y0
  end
rescue Exception
end
begin
  def v0.m1(o0 = 0)
    o0
  end
rescue Exception
end
begin; Hash.send(:define_method, :m2, v0); rescue Exception; end
begin
  5.times do |i|
    begin; v1 = 5; rescue Exception; end
    begin; v2 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class C0
    begin; C0.send(:remove_method, :keep_if); rescue Exception; end
    begin; v3 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; Array.send(:alias_method, :m3, :keep_if); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; v4 = true; rescue Exception; end
begin; C0.send(:alias_method, :m1, :keep_if); rescue Exception; end
begin
  class C1
    begin; alias m4 m5; rescue Exception; end
    begin; C1.send(:alias_method, :m6, :max); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; v5 = [61, v0]; rescue Exception; end
begin; v6 = Struct.new(:f0); rescue Exception; end
begin; self.max(); rescue Exception; end
begin
  C1.class_eval do
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
begin; p self; rescue Exception; end
begin
  class C2 < C1
    begin
      class Range
        begin; alias m7 min; rescue Exception; end
      end
    rescue Exception
    end
    begin
      begin
        begin; v7 = [self, :y2]; rescue Exception; end
      rescue => e
        begin; 12.5.min(1); rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C3 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v8 = {:k0 => 37}; rescue Exception; end
        begin
          begin
            begin
              C0.send(:define_method, :m8) do |a0|
                a0
              end
            rescue Exception
            end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin
              def m7(a0, &blk)
                blk
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6.freeze; rescue Exception; end
begin; v9 = 29.respond_to?(:m9); rescue Exception; end
begin; C2.send(:undef_method, :m10); rescue Exception; end
begin; v6.send(:alias_method, :m4, :keep_if); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m11, :m4); rescue Exception; end
begin
  v5.singleton_class.send(:define_method, :m3) do |a0, o0 = 0|
    GC.start
    begin; v10 = v4.m5(v5); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
GC.start
