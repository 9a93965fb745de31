begin
  v0 = self.send(:m0, true) do |a0|
    begin; Array.send(:alias_method, :m0, :m0); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v0
    begin
      10.times do |i|
        begin; Range.send(:alias_method, :m1, :min); rescue Exception; end
      end
    rescue Exception
    end
    begin; v1 = []; rescue Exception; end
    begin
      5.times do |i|
        begin
          Object.class_eval do
            begin; v1.singleton_class.send(:remove_method, :m2); rescue Exception; end
            begin; 30.times { |i| v1 << i.to_s }; rescue Exception; end
          end
        rescue Exception
        end
        begin
          class C0
            begin; alias m2 :"=="; rescue Exception; end
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            begin
              def m3()
                (3..6)
              end
            rescue Exception
            end
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
  def m4(a0, a1)
    begin
      def m5(a0, *rest)
        begin; v2 = 16; rescue Exception; end
        (4..6)
      end
    rescue Exception
    end
    begin
      30.times do |i|
        begin
          begin
          rescue => e
            begin; C0.send(:alias_method, :m6, :each); rescue Exception; end
          end
        rescue Exception
        end
        begin; v3 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    "s18"
  end
rescue Exception
end
begin; v4 = {:k0 => v0, :k1 => nil}; rescue Exception; end
begin
  class C1 < String
    begin; alias_method :m7, :rstrip; rescue Exception; end
    begin; alias_method :m8, :rjust; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v4[i] = [i] }; rescue Exception; end
begin
  C1.send(:define_method, :m9) do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin; v5 = C0.new(**v4); rescue Exception; end
