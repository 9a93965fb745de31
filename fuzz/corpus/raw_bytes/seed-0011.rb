GC.start
begin; v0 = 66.send(:"<=>"); rescue Exception; end
begin; v1 = Numeric.instance_method(:overlap?); rescue Exception; end
begin; p "s7"; rescue Exception; end
begin; Hash.send(:alias_method, :m0, :lines); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :lines); rescue Exception; end
begin
  2.times do |i|
    begin; 50.times { |i| { i => i } }; rescue Exception; end
    begin
      def m1(a0, *rest, p0)
        begin
          Object.send(:define_method, :m2) do |a0, a1|
            begin; "s10".send(:to_sym, 12); rescue Exception; end
            begin; raise RuntimeError, "x"; rescue Exception; end
            61
          end
        rescue Exception
        end
        begin; v2 = Struct.new(:f0); rescue Exception; end
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = -0.5; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin
  class << v4
    begin; v5 = Object.new(k0: 2); rescue Exception; end
    begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin
      class String
        begin; alias_method :m3, :lines; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = v4.instance_variable_get(:@i3); rescue Exception; end
begin; 100.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
