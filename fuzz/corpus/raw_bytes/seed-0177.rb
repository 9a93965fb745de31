GC.start
begin; Integer.send(:alias_method, :m0, :zero?); rescue Exception; end
begin
  (3..8).max() do |k0: 1|
    k0
  end
rescue Exception
end
begin; v0 = [:y5]; rescue Exception; end
begin; String.send(:alias_method, :m0, :select!); rescue Exception; end
begin
  module M0
    begin
      v1 = Class.new(Hash) do
        begin
          Range.send(:define_method, :m1) do |a0, a1|
            a0
          end
        rescue Exception
        end
        begin
          class Array
            begin; alias m2 select!; rescue Exception; end
          end
        rescue Exception
        end
        begin; v2 = {}; rescue Exception; end
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
    begin; M0.send(:include, Comparable); rescue Exception; end
    begin; K0 = v1; rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; K1 = v0; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin; C1.send(:remove_method, :m1); rescue Exception; end
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m3) do
    6
  end
rescue Exception
end
begin; C1.send(:include, M0); rescue Exception; end
begin; 30.times { |i| v0 << i.to_s }; rescue Exception; end
begin
  r2 = 0
  begin
    begin
      class << v0
        begin
          Hash.send(:define_method, :m4) do
            begin
              def method_missing(name, *args, &blk)
                if name.to_s.start_with?("dyn2")
                  [name, args.size, blk]
                else
                  super
                end
              end
              def respond_to_missing?(name, priv = false)
                name.to_s.start_with?("dyn2") || super
              end
            rescue Exception
            end
            :y1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      def m5()
        begin; v3 = []; rescue Exception; end
        "s8"
      end
    rescue Exception
    end
    r2 += 1
    retry if r2 < 2
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
GC.start
begin
  C1.send(:define_method, :m6) do |a0, *rest, p0|
    begin; C1.send(:prepend, Comparable); rescue Exception; end
    v0
  end
rescue Exception
end
begin; C1.send(:alias_method, :m7, :m8); rescue Exception; end
begin
  v0.zero?() do |a0, &blk|
    2
  end
rescue Exception
end
begin; v4 = C1.new(); rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin; M0.send(:remove_method, :m9); rescue Exception; end
begin; v5 = C1.new(); rescue Exception; end
begin
  v4.instance_eval do
    begin
      v5.singleton_class.send(:define_method, :m4) do |a0, &blk|
        a0
      end
    rescue Exception
    end
    begin; Object.send(:alias_method, :m10, :m11); rescue Exception; end
  end
rescue Exception
end
