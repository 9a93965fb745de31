begin; eval(""); rescue Exception; end
begin; v0 = Object.new(1); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin
  begin
    begin
      3.times do |i|
        begin; v0.singleton_class.send(:alias_method, :m0, :abs); rescue Exception; end
        begin
          class << v0
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
            begin; p nil; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  rescue => e
    begin
      class C0 < StandardError
        begin; 50.times { |i| { i => i } }; rescue Exception; end
        begin; C0.send(:alias_method, :m1, :">="); rescue Exception; end
        begin; nil.m0(74, k0: 3); rescue Exception; end
        begin; p nil; rescue Exception; end
      end
    rescue Exception
    end
  ensure
    begin; Range.send(:alias_method, :m2, :">="); rescue Exception; end
    begin; v1 = v0.clone; rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :m3); rescue Exception; end
begin; v2 = {:k0 => -2, :k1 => (0..4)}; rescue Exception; end
begin; v3 = {:k0 => v2}; rescue Exception; end
begin
  v4 = Class.new(Numeric) do
    begin
      Integer.class_eval do
        GC.start
        begin; C0.send(:alias_method, :m4, :"<"); rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v3[i] = [i] }; rescue Exception; end
begin; v6 = "s0".respond_to?(:abs); rescue Exception; end
begin; v7 = Object.new(true, K0); rescue Exception; end
begin
  v8 = Class.new(C1) do
    begin
      def self.m5(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          Integer.send(:define_method, :m4) do |a0, &blk|
            a0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin
      class Numeric
        begin; alias_method :m6, :abs; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = v8.singleton_class; rescue Exception; end
