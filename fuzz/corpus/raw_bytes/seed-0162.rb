GC.start
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; v0 = Object.new(67, :y2); rescue Exception; end
begin; v1 = v0.instance_variable_get(:@i2); rescue Exception; end
begin; v2 = v0.method(:bsearch_index); rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v3 = self.m0(); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :message); rescue Exception; end
begin; v4 = v0.dup; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :m1); rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; p v0; rescue Exception; end
begin
  v7 = proc do |a0, *rest, p0|
    begin; v8 = Object.new(self, :y2); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v9 = (2..3); rescue Exception; end
begin
  v10 = lambda do |a0|
    begin; v11 = {:k0 => (2..6)}; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v12 = lambda do |a0, o0 = 0|
    begin
      class << v7
        begin
          v13 = ->(a0) do
            a0
          end
        rescue Exception
        end
        begin; 50.times { |i| Object.new }; rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  v14 = Proc.new do |a0|
    begin; 8.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  Object.send(:define_method, :m3) do |a0, a1|
    v9
  end
rescue Exception
end
begin; v15 = Struct.new(:f0, :f1); rescue Exception; end
GC.start
begin
  class C0 < StandardError
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
    begin; v16 = {:k0 => :y3, :k1 => 37}; rescue Exception; end
    begin; 100.times { |i| v16[i] = [i] }; rescue Exception; end
  end
rescue Exception
end
begin; v10.call(:y5, v4); rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m1, :m4); rescue Exception; end
begin; v17 = v10.to_proc; rescue Exception; end
begin
  1.times do |i|
    begin; 8.times { |i| v5.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    begin
      v18 = lambda do
        begin
          v19 = proc do |a0, a1|
            begin; p a1; rescue Exception; end
            a1
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  C0.class_eval do
    begin
      class << v5
        begin
          def self.m5(a0)
            true
          end
        rescue Exception
        end
        begin; alias m6 bsearch_index; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m2(a0, *rest)
    begin
      v20 = lambda do |k0: 1, **kws|
        begin; v21 = {:k0 => 4}; rescue Exception; end
        k0
      end
    rescue Exception
    end
    66
  end
rescue Exception
end
