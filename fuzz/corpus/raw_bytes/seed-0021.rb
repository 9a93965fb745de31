GC.start
begin
  3.times do |i|
    begin; Array.send(:alias_method, :m0, :message); rescue Exception; end
  end
rescue Exception
end
begin; v0 = -1; rescue Exception; end
begin; v1 = (4..7); rescue Exception; end
begin; Integer.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v1.m3(v0); rescue Exception; end
begin; v2 = 70; rescue Exception; end
begin
  class << v1
    begin
      class Exception
        begin; alias_method :m4, :message; rescue Exception; end
        begin; alias_method :m5, :message; rescue Exception; end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
GC.start
begin; v3 = nil.respond_to?(:m6); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  class << v1
    begin
      module M0
        begin; v4 = [nil]; rescue Exception; end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      v6 = Fiber.new do |x|
        begin; v5 = "s7"; rescue Exception; end
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
    begin; alias_method :m7, :zero?; rescue Exception; end
  end
rescue Exception
end
begin; v7 = C1.new(); rescue Exception; end
begin; v8 = 32; rescue Exception; end
begin; v7.singleton_class.send(:remove_method, :m3); rescue Exception; end
begin; C1.instance_variable_set(:@k1, v2); rescue Exception; end
begin; C1.send(:alias_method, :m0, :message); rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m8, :message); rescue Exception; end
begin; 100.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  def m9()
    begin
      r1 = 0
      begin
        begin; Object.send(:alias_method, :m3, :m5); rescue Exception; end
      rescue => e
        begin
          C1.send(:define_method, :m10) do |o0 = 0|
            GC.start
            begin; v9 = true == 9.5; rescue Exception; end
            o0
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    37
  end
rescue Exception
end
begin
  module M2
    begin
      class Exception
        begin; alias_method :m9, :message; rescue Exception; end
      end
    rescue Exception
    end
    begin
      def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
      def to_str; "c#{to_int}"; end
      def to_ary; [to_int, to_str]; end
      def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
      def hash; to_int.hash; end
      def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
      def ==(o); eql?(o); end
      def coerce(o); [o, to_int]; end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v10 = {:k0 => true}; rescue Exception; end
begin; C1.send(:alias_method, :m3, :message); rescue Exception; end
begin; v7.freeze; rescue Exception; end
