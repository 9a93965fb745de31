begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; p :y3; rescue Exception; end
begin
  class Integer
    begin; alias_method :m0, :"<=>"; rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin
      class Integer
        begin; alias_method :m0, :"<=>"; rescue Exception; end
      end
    rescue Exception
    end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v1 = :upcase; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v2.freeze; rescue Exception; end
begin
  Hash.send(:define_method, :m1) do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin
  v3 = v2.send(:m2, v1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    GC.start
    91
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m0, :"<=>"); rescue Exception; end
begin; p v0; rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v4 = [[v0], ["s13"]].flatten; rescue Exception; end
begin; v0.send(:alias_method, :m1, :"<=>"); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(3) { |j| [[j], { j => [j] }] }); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m3, :"<=>"); rescue Exception; end
begin
  class << v3
    begin; v5 = 18.5.send(:"+"); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m3, :"<=>"); rescue Exception; end
begin; v6 = v1.respond_to?(:m0); rescue Exception; end
begin; v0.send(:undef_method, :m1); rescue Exception; end
begin; v7 = v0.new(1); rescue Exception; end
GC.start
