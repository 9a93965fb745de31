begin; M0.send(:undef_method, :upto); rescue Exception; end
begin; v0 = nil; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; String.class_eval("begin\n  def m0()\n    begin; Object.send(:include, Enumerable); rescue Exception; end\n    begin; v2 = Struct.new(:f0); rescue Exception; end\n    nil\n  end\nrescue Exception\nend\nbegin\n  def method_missing(name, *args, &blk)\n    if name.to_s.start_with?(\"dyn0\")\n      [name, args.size, blk]\n    else\n      super\n    end\n  end\n  def respond_to_missing?(name, priv = false)\n    name.to_s.start_with?(\"dyn0\") || super\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  def v1.m0()
    begin; Array.send(:alias_method, :m0, :upto); rescue Exception; end
    (0..2)
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  class String
    begin; alias m1 strip!; rescue Exception; end
    begin; alias_method :m1, :m1; rescue Exception; end
  end
rescue Exception
end
begin; v3 = []; rescue Exception; end
begin
  def v1.m1()
    nil
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; M0.send(:remove_method, :m0); rescue Exception; end
begin
  v4 = lambda do |a0, o0 = 0|
    begin
      v5 = ->() do
        begin; 50.times { |i| [i, i] }; rescue Exception; end
        v1
      end
    rescue Exception
    end
    begin
      String.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          v7 = v5.call(v3) do |a0, o0 = 0|
            begin; v6 = Struct.new(:f0, :f1); rescue Exception; end
            9.5
          end
        rescue Exception
        end
        begin
          module M0
            begin; M0.send(:remove_method, :m3); rescue Exception; end
            begin; v8 = {:k0 => true, :k1 => "s8"}; rescue Exception; end
            begin; v8.singleton_class.send(:undef_method, :upto); rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin
  2.times do |i|
    begin; 10.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin; String.class_eval("begin; v9 = true; rescue Exception; end\nbegin; Array.extend(M0); rescue Exception; end"); rescue Exception; end
begin; Integer.send(:alias_method, :m4, :strip!); rescue Exception; end
begin
  r2001 = 0
  begin
  rescue => e
    begin; Object.send(:include, Comparable); rescue Exception; end
    r2001 += 1
    retry if r2001 < 2
  end
rescue Exception
end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v3 << v4; rescue Exception; end
GC.start
begin
  v10 = lambda do |a0, a1|
    a1
  end
rescue Exception
end
begin; Object.send(:prepend, M0); rescue Exception; end
begin
  class C1
    begin
      Array.send(:define_method, :m5) do
        begin
          module M2
            begin; v11 = "s6"; rescue Exception; end
            begin; self.m6(nil, k0: 3); rescue Exception; end
            begin; Object.send(:alias_method, :m7, :strip!); rescue Exception; end
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    begin; v12 = {:k0 => self}; rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  class << v10
    begin; v13 = C1.new(k0: 2); rescue Exception; end
    begin
      class << v13
        begin; C1.send(:include, Enumerable); rescue Exception; end
        begin; v14 = [10.5]; rescue Exception; end
        begin; v15 = v14.clone; rescue Exception; end
      end
    rescue Exception
    end
    begin; v16 = C1.instance_method(:strip!); rescue Exception; end
  end
rescue Exception
end
