GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; v1 = [[:y1], [92]].flatten; rescue Exception; end
  end
rescue Exception
end
begin
  v2 = ->(a0, o0 = 0) do
    begin; v3 = v0.m0(); rescue Exception; end
    begin; p 59; rescue Exception; end
    v0
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m1, :m0); rescue Exception; end
begin; Object.instance_variable_set(:@k2, v0); rescue Exception; end
begin
  5.times do |i|
    begin
      3.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; String.send(:alias_method, :m2, :m1); rescue Exception; end
begin
  class << v0
    begin; v4 = Object.new(); rescue Exception; end
    begin
      def m1(a0, &blk)
        begin; v5 = [nil]; rescue Exception; end
        begin; Object.const_set(:K0, self); rescue Exception; end
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v0.m2()
    begin; Integer.send(:alias_method, :m1, :m3); rescue Exception; end
    true
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin
      class C0
        begin; v6 = {:k0 => 1.5, :k1 => nil}; rescue Exception; end
        begin; v7 = (3..5); rescue Exception; end
      end
    rescue Exception
    end
    begin; 50.times { |i| [i, i] }; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
