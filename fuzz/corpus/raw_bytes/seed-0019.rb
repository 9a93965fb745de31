GC.start
begin; v0 = {}; rescue Exception; end
begin; Array.send(:alias_method, :m0, :to_h); rescue Exception; end
begin; v1 = [28].include?(4.5); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  v2 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v3 = { v0 => 1, v0 => 2 }[v0]; rescue Exception; end
    k0
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :m0); rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin
  v4 = lambda do
    begin; v5 = [v0, 18].sort; rescue Exception; end
    v2
  end
rescue Exception
end
begin
  class << v1
    begin; Hash.send(:alias_method, :m1, :m0); rescue Exception; end
    begin
      def m2()
        (3..6)
      end
    rescue Exception
    end
    begin; p 96; rescue Exception; end
  end
rescue Exception
end
begin
  v7 = v0.eql?(:y4, k0: 3) do |a0|
    begin; v6 = Range.instance_method(:m3); rescue Exception; end
    begin; Hash.send(:define_method, :m2, v2); rescue Exception; end
    a0
  end
rescue Exception
end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; v8 = v4.dup; rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; 30.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v9 = Object.new(); rescue Exception; end
begin; Object.send(:alias_method, :m4, :each); rescue Exception; end
begin
  v10 = ->(a0, &blk) do
    begin
      v11 = Proc.new do |a0, a1|
        begin
          def m5(a0, *rest, p0)
            a0
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    begin; v12 = v9.singleton_class; rescue Exception; end
    blk
  end
rescue Exception
end
