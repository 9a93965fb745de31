GC.start
begin
  v0 = 9.5.to_i(1) do
    begin
      2.times do |i|
        begin; 100.times { |i| Object.new }; rescue Exception; end
      end
    rescue Exception
    end
    36
  end
rescue Exception
end
begin; v1 = 64; rescue Exception; end
begin; Object.class_eval("begin\n  v2 = ->(a0, *rest) do\n    a0\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  module M0
    begin
      true.send(:m0, nil, (1..1)) do |o0 = 0|
        begin
          module M1
            begin; nil.m1(k0: 2); rescue Exception; end
            begin
              def method_missing(name, *args, &blk)
                if name.to_s.start_with?("dyn1")
                  [name, args.size, blk]
                else
                  super
                end
              end
              def respond_to_missing?(name, priv = false)
                name.to_s.start_with?("dyn1") || super
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; alias m2 values_at; rescue Exception; end
        "s17"
      end
    rescue Exception
    end
    begin
      def m0()
        begin; v3 = Object.new(1); rescue Exception; end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = (:y1..v0).include?(:y1); rescue Exception; end
begin; Array.send(:alias_method, :m2, :values_at); rescue Exception; end
begin; eval("begin; v5 = Object.new(); rescue Exception; end\nbegin; \"s18\".send(:\"[]\", v5, (1..4)); rescue Exception; end"); rescue Exception; end
begin; Object.class_variable_set(:@@k1, v4); rescue Exception; end
begin
  v6 = ->(a0, o0 = 0) do
    begin
      v9 = v1.digits() do |a0, *rest|
        begin
          begin
            begin; v7 = true; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; v8 = true; rescue Exception; end
          end
        rescue Exception
        end
        rest
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; v10 = v0.respond_to?(:m3); rescue Exception; end
GC.start
begin
  def m1(a0)
    (3..5)
  end
rescue Exception
end
begin; v11 = Object.new(); rescue Exception; end
begin
  class << v10
    begin; v12 = Object.new(); rescue Exception; end
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
begin; v11.singleton_class.send(:alias_method, :m4, :values_at); rescue Exception; end
begin
  Range.class_eval do
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
  end
rescue Exception
end
begin
  class C2
    begin; v13 = [16].include?(nil); rescue Exception; end
    GC.start
    begin
      C2.send(:define_method, :m4) do
        v13
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v6.m5(a0, o0 = 0)
    begin; C2.send(:undef_method, :m6); rescue Exception; end
    50
  end
rescue Exception
end
begin; v14 = [[v11], [v6]].flatten; rescue Exception; end
begin; v15 = true.respond_to?(:m7); rescue Exception; end
begin
  class Struct
    begin; alias m8 values_at; rescue Exception; end
  end
rescue Exception
end
