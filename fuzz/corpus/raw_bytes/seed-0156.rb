GC.start
begin; v0 = Integer.instance_method(:lstrip); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  class C0
    begin; C0.extend(Enumerable); rescue Exception; end
    GC.start
    begin; Hash.send(:alias_method, :m0, :then); rescue Exception; end
  end
rescue Exception
end
begin; v2 = {:k0 => v0, :k1 => "s12"}; rescue Exception; end
begin; v3 = v1.dup; rescue Exception; end
begin
  class << v0
    begin
      module M1
        begin; (2..3).m0(); rescue Exception; end
        begin; K0 = K0; rescue Exception; end
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :m0); rescue Exception; end
    begin
      def m1()
        :y1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = v0.respond_to?(:m2); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m1, :then); rescue Exception; end
begin; v3.instance_variable_set(:@i0, v1); rescue Exception; end
begin; v5 = v3.dup; rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin; v7 = v4.send(:m3); rescue Exception; end
begin
  5.times do |i|
    GC.start
    begin
      module M2
        begin
          self.m4(K0) do |o0 = 0|
            begin; 100.times { |i| [i, i] }; rescue Exception; end
            (1..6)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v6; rescue Exception; end
begin; v8 = v1.singleton_class; rescue Exception; end
begin
  class String
    begin; alias_method :m2, :lstrip; rescue Exception; end
    begin; alias_method :m5, :then; rescue Exception; end
  end
rescue Exception
end
