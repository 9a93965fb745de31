GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Struct.new(:f0); rescue Exception; end
begin
  v0.m0(1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      def m0(k0: 1, **kws)
        begin
          r1 = 0
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; v2 = [k0, kws].max; rescue Exception; end
            r1 += 1
            retry if r1 < 2
          ensure
            begin
              Integer.send(:define_method, :m0) do |a0, *rest|
                self
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; Integer.extend(Enumerable); rescue Exception; end
        self
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m1, :"[]"); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :flat_map); rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin; p v1; rescue Exception; end
begin; v3 = Struct.new(:f0, :f1); rescue Exception; end
begin; v4 = v1.send(:allocate, 1); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m2) do |a0|
    begin
      module M0
        begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
      end
    rescue Exception
    end
    90
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k0, (2..5)); rescue Exception; end
begin
  v6 = Proc.new do |a0, o0 = 0|
    begin; Object.class_variable_set(:@@k2, v4); rescue Exception; end
    v1
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k0, v0); rescue Exception; end
GC.start
begin
  5.times do |i|
  end
rescue Exception
end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; Object.send(:alias_method, :m3, :"[]"); rescue Exception; end
begin
  class << v3
    begin; v7 = Object.new((4..4), k0: 3); rescue Exception; end
    begin; v8 = String("s7"); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:include, M0); rescue Exception; end
