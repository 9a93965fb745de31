begin; Array.send(:alias_method, :m0, :gets); rescue Exception; end
begin; v0 = 7.respond_to?(:m0, true); rescue Exception; end
begin
  class << v0
    begin
      v1 = lambda do |a0|
        "s7"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.m1(v0, v0); rescue Exception; end
begin
  v2 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    v0
  end
rescue Exception
end
begin; v3 = 18.5; rescue Exception; end
begin
  def v2.m2(a0, &blk)
    begin; v4 = {:k0 => -0.5, :k1 => true}; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v5 = "s6".method(:m0); rescue Exception; end
begin
  v6 = ->(a0) do
    "s18"
  end
rescue Exception
end
begin; v7 = v2.to_proc; rescue Exception; end
begin
  r1 = 0
  begin
    begin; p v0; rescue Exception; end
    begin; v2.singleton_class.send(:alias_method, :m3, :first); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v0
        begin; alias_method :m4, :m5; rescue Exception; end
        begin
          Range.send(:define_method, :m3) do
            begin; Object.send(:include, Comparable); rescue Exception; end
            begin
              def self.m6(a0, *rest, p0)
                rest
              end
            rescue Exception
            end
            true
          end
        rescue Exception
        end
        begin; v8 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      class C0 < Exception
        begin; v9 = [52]; rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m7, :first); rescue Exception; end
  end
rescue Exception
end
