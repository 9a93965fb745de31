GC.start
begin; K0 = 5.5; rescue Exception; end
GC.start
begin
  Integer.send(:define_method, :m0) do |a0, o0 = 0|
    14.5
  end
rescue Exception
end
begin
  (4..6).public_send(:initialize_copy, 31) do |a0, o0 = 0|
    o0
  end
rescue Exception
end
GC.start
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v0 = C0.new(); rescue Exception; end
    begin
      def self.m1(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; C0.send(:undef_method, :hash); rescue Exception; end
        38
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1 < Array
    begin
      C0.send(:define_method, :m2) do
        (0..3)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = 32.ceil(); rescue Exception; end
