begin; Range.send(:alias_method, :m0, :i); rescue Exception; end
begin; v0 = nil; rescue Exception; end
begin; Array.send(:alias_method, :m1, :entries); rescue Exception; end
begin
  class C0 < String
    begin; C0.send(:alias_method, :m1, :i); rescue Exception; end
    begin
      def m0(a0, a1)
        true
      end
    rescue Exception
    end
    begin; v1 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  def m1(a0, a1)
    begin
      v2 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          begin
          rescue => e
            begin; v3 = C0.new(1); rescue Exception; end
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    begin; C0.send(:undef_method, :m1); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin; v0.entries(); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  Array.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin; v4 = C0.new(); rescue Exception; end
begin
  v6 = v4.send(:m3) do
    begin
      v5 = lambda do |a0, &blk|
        v4
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; v7 = :y4.respond_to?(:m4, true); rescue Exception; end
begin; K0 = v4; rescue Exception; end
begin; p "s14"; rescue Exception; end
begin; String.send(:alias_method, :m5, :entries); rescue Exception; end
begin
  class C1
    begin; C1.class_eval("begin; C0.extend(Enumerable); rescue Exception; end"); rescue Exception; end
    begin
      C1.send(:define_method, :m3) do
        "s17"
      end
    rescue Exception
    end
    begin
      module M2
        begin; 300.times { |i| { i => i } }; rescue Exception; end
        begin; alias m6 m5; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class Numeric
        begin; alias_method :m7, :i; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v4
    begin; self.send(:include, M2); rescue Exception; end
    begin
      1.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v7
    begin; v8 = K0.method(:m8); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; v9 = v6.respond_to?(:m9); rescue Exception; end
begin; C1.send(:undef_method, :m10); rescue Exception; end
begin
  class << v6
    begin
      Object.send(:define_method, :m1) do |k0: 1|
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v10 = v6.respond_to?(:m3); rescue Exception; end
begin; 30.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; self.public_send(:m11); rescue Exception; end
begin; v11 = [v7, nil].sort; rescue Exception; end
