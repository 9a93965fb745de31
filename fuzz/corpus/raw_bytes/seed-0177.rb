begin; C0.send(:remove_method, :dig); rescue Exception; end
begin; Object.instance_variable_set(:@k1, 12.5); rescue Exception; end
begin; v0 = {:k0 => "s9"}; rescue Exception; end
begin; v1 = { v0 => 1, v0 => 2 }[v0]; rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :m0); rescue Exception; end
begin; Object.class_variable_set(:@@k1, v1); rescue Exception; end
begin
  String.send(:define_method, :m1) do |a0, o0 = 0|
    begin; Range.send(:alias_method, :m1, :dup); rescue Exception; end
    begin; v2 = v1.method(:dup); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v3 = v0.respond_to?(:m2); rescue Exception; end
begin
  Integer.class_eval do
    begin
      Array.send(:define_method, :m2) do
        v1
      end
    rescue Exception
    end
    begin
      2.times do |i|
        begin; v4 = Struct.new(:f0, :f1); rescue Exception; end
        begin
          def m0()
            14.5
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
  v0.singleton_class.send(:define_method, :m2) do
    begin
      class << v0
        begin
          def self.m3(a0)
            begin; p true; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; alias_method :m3, :m4; rescue Exception; end
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v5 = [v0, 10.5, v0].sort { |x, y| y <=> x }; rescue Exception; end
begin
  v6 = Proc.new do |a0, o0 = 0|
    v5
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m1, :m3); rescue Exception; end
begin; v0.dig(**v0); rescue Exception; end
begin
  class C0 < Exception
    begin
      v7 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        GC.start
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = C0.class_variable_get(:@@k1); rescue Exception; end
begin; C0.class_variable_set(:@@k1, :y0); rescue Exception; end
begin; C0.send(:define_method, :m1, v6); rescue Exception; end
begin; C0.send(:alias_method, :m2, :m5); rescue Exception; end
begin; v9 = C0.new(); rescue Exception; end
begin; v10 = v9.respond_to?(:m2, true); rescue Exception; end
begin
  def v6.m3()
    begin; v11 = 70.send(:"+", 4.5, k0: 3); rescue Exception; end
    11.5
  end
rescue Exception
end
begin; v12 = [v1, v5].uniq.size; rescue Exception; end
begin; C0.send(:alias_method, :m6, :dup); rescue Exception; end
begin; v13 = {}; rescue Exception; end
begin; v14 = [[nil], [49]].flatten; rescue Exception; end
