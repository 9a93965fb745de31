GC.start
begin; v0 = {:k0 => "s3"}; rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; 8.times { |i| v0[i] = [i] }; rescue Exception; end
begin
  v1 = lambda do |a0, a1|
    begin
      def m0()
        GC.start
        :y0
      end
    rescue Exception
    end
    begin
      v2 = 2.5.send(:"^", **v0) do
        true
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
