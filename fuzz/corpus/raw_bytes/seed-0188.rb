GC.start
begin
  Object.send(:define_method, :m0) do |a0|
    begin
      class C0 < Array
        begin
          module M1
            begin; C0.send(:alias_method, :m1, :min); rescue Exception; end
            begin; K0 = true; rescue Exception; end
            begin
              C0.send(:define_method, :m2) do |a0, *rest|
                a0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin
          def m0(a0, o0 = 0)
            "s3"
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v0 = true; rescue Exception; end
begin; v1 = [v0, v0, v0]; rescue Exception; end
begin
  v0.m1("s17") do
    47
  end
rescue Exception
end
begin; v2 = C0.instance_method(:m3); rescue Exception; end
begin; 8.times { |i| v1 << i.to_s }; rescue Exception; end
begin; v3 = C0.new(v2); rescue Exception; end
begin; C0.send(:alias_method, :m4, :min); rescue Exception; end
begin; v1 << v0; rescue Exception; end
begin; v4 = "s13"; rescue Exception; end
begin
  class << v4
    begin; v5 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v1.freeze; rescue Exception; end
begin
  class C2
    begin
      class C3
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        GC.start
        begin
          begin
          rescue => e
          ensure
            begin; p :y2; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m0, :min); rescue Exception; end
begin; 100.times { |i| v1 << i.to_s }; rescue Exception; end
begin; v6 = [true, (2..7), v3]; rescue Exception; end
begin; v2.send(:m3); rescue Exception; end
begin; C3.send(:prepend, M1); rescue Exception; end
begin
  class << v6
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m1, :min); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  class Range
    begin; alias m4 min; rescue Exception; end
  end
rescue Exception
end
