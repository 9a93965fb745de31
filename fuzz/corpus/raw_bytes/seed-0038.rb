GC.start
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  1.times do |i|
    begin; p nil; rescue Exception; end
    begin; v0 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin
  v1 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v2 = C0.new(); rescue Exception; end
    begin
      class C1
        begin
          def self.m2(a0, a1)
            begin
              C0.send(:define_method, :m3) do
                a1
              end
            rescue Exception
            end
            begin; v3 = Struct.new(:f0, :f1, :f2); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; v4 = C0.new(k0: 18.5); rescue Exception; end
        begin
          C1.send(:define_method, :m1) do
            v4
          end
        rescue Exception
        end
        begin
          class C2
            begin; alias m4 dig; rescue Exception; end
            begin; v5 = 12.5; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v6 = Class.new(String) do
    begin
      1.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v1
    begin; v7 = nil; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
