begin; v0 = Object.new(); rescue Exception; end
begin
  Integer.send(:define_method, :m0) do |k0: 1, **kws|
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; v1 = Object.new(); rescue Exception; end
    begin
      class << v1
        begin
          class Hash
            begin; alias m1 merge; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = {}; rescue Exception; end
begin; String.extend(Enumerable); rescue Exception; end
begin
  class << v0
    begin
      def m2()
        begin; Object.const_set(:K0, "s17"); rescue Exception; end
        begin; Integer.send(:alias_method, :m3, :m4); rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m5, :positive?); rescue Exception; end
begin; v3 = [v0, :y0]; rescue Exception; end
GC.start
begin; v4 = [v2, v2].sort; rescue Exception; end
GC.start
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v5 = {:k0 => :y4}; rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin
  def v3.m1(k0: 1)
    k0
  end
rescue Exception
end
begin
  class << v6
    begin; ($stash ||= []).concat(Array.new(5) { |j| [j, "a#{j}"] }); rescue Exception; end
    begin; Numeric.send(:alias_method, :m6, :m3); rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v0.extend(Enumerable); rescue Exception; end
begin
  class << v5
    begin
      Hash.send(:define_method, :m7) do |o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v8 = :y0.send(:inspect); rescue Exception; end
    begin
      v9 = Class.new(Object) do
        begin
          def self.m8(k0: 1, **kws)
            begin
              C0.send(:define_method, :m2) do |a0, &blk|
                a0
              end
            rescue Exception
            end
            kws
          end
        rescue Exception
        end
        begin; v10 = Struct.new(:f0, :f1); rescue Exception; end
        begin
          v11 = v10.send(:positive?, (1..5)) do |a0|
            begin; C0.send(:include, Comparable); rescue Exception; end
            K0
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
  class C1
    begin; v12 = 12.5; rescue Exception; end
  end
rescue Exception
end
begin
  v13 = lambda do |a0|
    begin
      class C2
        begin; v14 = C2.new(); rescue Exception; end
        begin; v15 = v14.clone; rescue Exception; end
      end
    rescue Exception
    end
    begin
      r1 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          class C3 < C1
            begin; v16 = [10, 20, 30, 40][nil]; rescue Exception; end
          end
        rescue Exception
        end
        begin; v2.freeze; rescue Exception; end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m9, :none?); rescue Exception; end
begin; v17 = [[(1..3)], [(0..3)]].flatten; rescue Exception; end
begin; v18 = v6.instance_variable_get(:@i3); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v19 = v5.singleton_class; rescue Exception; end
begin; v6.freeze; rescue Exception; end
begin
  C3.send(:define_method, :m10) do
    begin
      v13.send(:call, **v2) do |o0 = 0|
        o0
      end
    rescue Exception
    end
    v18
  end
rescue Exception
end
begin; v20 = v6.singleton_class; rescue Exception; end
GC.start
