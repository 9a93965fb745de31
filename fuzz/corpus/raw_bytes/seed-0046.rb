GC.start
begin
  v0 = lambda do |a0, o0 = 0|
    begin; v1 = { 67 => 1, a0 => 2 }[67]; rescue Exception; end
    :y1
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v2 = Proc.new do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v3 = true; rescue Exception; end
    begin; 300.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; C0.send(:prepend, Comparable); rescue Exception; end
begin; C0.send(:alias_method, :m0, :upto); rescue Exception; end
begin
  def v0.m0(a0, &blk)
    begin
      Object.class_eval do
        begin
          3.times do |i|
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
GC.start
begin; v4 = 10.5.method(:message); rescue Exception; end
begin; v5 = {:k0 => v4}; rescue Exception; end
begin; v6 = nil; rescue Exception; end
begin; v7 = C0.instance_variable_get(:@k1); rescue Exception; end
begin
  2.times do |i|
    begin
      class C1
        begin; v8 = C1.new(true); rescue Exception; end
        begin; v9 = Struct.new(:f0, :f1); rescue Exception; end
        begin; v10 = v8.instance_variable_get(:@i1); rescue Exception; end
      end
    rescue Exception
    end
    begin; v11 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin
  "s13".public_send(:rpartition, v4, v4) do |a0, a1|
    GC.start
    a0
  end
rescue Exception
end
begin; v12 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v13 = v12.new(1); rescue Exception; end
begin; p v5; rescue Exception; end
begin; K0 = v13; rescue Exception; end
begin; K1 = "s16"; rescue Exception; end
