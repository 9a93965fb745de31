GC.start
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v0 = 37.method(:m0); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m1, :nobits?); rescue Exception; end
    GC.start
    begin; Enumerable.send(:alias_method, :m1, :take); rescue Exception; end
  end
rescue Exception
end
begin
  def m2(a0, o0 = 0)
    begin; v1 = Object.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin; C0.send(:remove_method, :m3); rescue Exception; end
begin
  class C2 < Array
    begin
      class Numeric
        begin; alias_method :m0, :nobits?; rescue Exception; end
      end
    rescue Exception
    end
    begin; eval("begin; C2.send(:prepend, Comparable); rescue Exception; end"); rescue Exception; end
    begin; v2 = C1.new((1..5)); rescue Exception; end
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin
  C2.send(:define_method, :m3) do |a0, a1|
    begin
      class C3
        begin
          class C4 < StandardError
            begin; raise TypeError, "x"; rescue Exception; end
          end
        rescue Exception
        end
        begin; v4 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v3.extend(Enumerable); rescue Exception; end
begin; Integer.send(:alias_method, :m3, :take); rescue Exception; end
