GC.start
begin; v0 = Array.instance_method(:m0); rescue Exception; end
begin; Hash.send(:alias_method, :m0, :message); rescue Exception; end
begin; v1 = Struct.new(:f0); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v2 = v1.m1(); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin
  module M0
    begin; 100.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin; v3 = v1.new(); rescue Exception; end
begin
  class Struct
    begin; alias m1 dig; rescue Exception; end
  end
rescue Exception
end
begin; v4 = v3.clone; rescue Exception; end
GC.start
begin; v5 = 29; rescue Exception; end
begin
  class << v3
    begin; Object.send(:alias_method, :m2, :m3); rescue Exception; end
  end
rescue Exception
end
begin
  class C1
    begin
      3.times do |i|
      end
    rescue Exception
    end
    begin; alias m4 m5; rescue Exception; end
  end
rescue Exception
end
begin
  18.5.send(:m6, 1) do |k0: 1|
    begin; 300.times { |i| [i, i] }; rescue Exception; end
    v5
  end
rescue Exception
end
begin; v6 = {}; rescue Exception; end
begin
  begin
    begin
      v7 = lambda do |o0 = 0|
        begin; C1.send(:include, M0); rescue Exception; end
        :y1
      end
    rescue Exception
    end
    begin; 300.times { |i| proc { i } }; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v8 = self.m7() do |a0, a1|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 8.times { |i| v6[i] = [i] }; rescue Exception; end
begin; v9 = -2; rescue Exception; end
GC.start
begin; v10 = Struct.new(:f0); rescue Exception; end
begin; C1.send(:alias_method, :m8, :m9); rescue Exception; end
begin
  v11 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; eval("begin; Hash.class_eval(\"begin; C1.send(:alias_method, :m10, :dig); rescue Exception; end\\nbegin; alias m11 m1; rescue Exception; end\"); rescue Exception; end"); rescue Exception; end
    begin
      v12 = v6.send(:key?, blk) do |o0 = 0|
        begin; p o0; rescue Exception; end
        nil
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin; v13 = 0.5.respond_to?(:dig); rescue Exception; end
begin; v14 = v0.bind(v3); rescue Exception; end
begin
  class << v3
    begin
      v15 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v16 = C1.new(); rescue Exception; end
        begin; v16.freeze; rescue Exception; end
        true
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
begin
  class << v2
    begin
      class Struct
        begin; alias m4 dig; rescue Exception; end
        begin; alias_method :m8, :message; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin; v17 = 65; rescue Exception; end
