begin
  v0 = ->(a0) do
    begin
      class Hash
        begin; alias_method :m0, :keep_if; rescue Exception; end
        begin; alias_method :m1, :abs; rescue Exception; end
      end
    rescue Exception
    end
    begin; v1 = Object.new(k0: 2); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin
  def m1(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v2 = true.m0(); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin
  v3 = proc do |o0 = 0|
    o0
  end
rescue Exception
end
begin
  v4 = 29.send(:"<<", &v0) do
    v3
  end
rescue Exception
end
begin
  module M0
    begin
      class Range
        begin; alias_method :m2, :max; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v5 = proc do |o0 = 0|
    v4
  end
rescue Exception
end
begin; v3.instance_variable_set(:@i2, v3); rescue Exception; end
begin; v6 = nil; rescue Exception; end
begin; Numeric.send(:alias_method, :m3, :m4); rescue Exception; end
begin
  r1 = 0
  begin
  rescue => e
    begin
      v7 = lambda do |o0 = 0|
        begin
          def m5(k0: 1)
            begin; Object.send(:alias_method, :m2, :abs); rescue Exception; end
            begin; Object.const_set(:K0, (4..7)); rescue Exception; end
            K0
          end
        rescue Exception
        end
        v6
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  class << v0
    begin; v8 = [(3..5)].include?("s19"); rescue Exception; end
    begin
      def self.m4(k0: 1)
        begin
          1.times do |i|
            begin; v9 = true; rescue Exception; end
          end
        rescue Exception
        end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin; v10 = Object.new(); rescue Exception; end
  rescue => e
    begin
      v11 = lambda do |a0|
        begin; v12 = Object.new(self); rescue Exception; end
        begin
          v13 = lambda do |a0, *rest|
            begin; v14 = v3.method(:keep_if); rescue Exception; end
            rest
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m4(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v15 = Object.new(); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v16 = [v4, v4]; rescue Exception; end
begin
  begin
    begin
      def v0.m1(a0, a1)
        begin
          v17 = ->(a0, a1) do
            begin; v18 = 7.5.div(k0: (4..6)); rescue Exception; end
            K0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v5.instance_variable_set(:@i0, self); rescue Exception; end
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m6, :keep_if); rescue Exception; end
begin; v19 = Object.instance_method(:m7); rescue Exception; end
GC.start
GC.start
begin
  def v16.m8(a0, a1)
    begin; M0.send(:remove_method, :m2); rescue Exception; end
    a1
  end
rescue Exception
end
begin; Numeric.send(:define_method, :m4, v0); rescue Exception; end
begin; v20 = Object.new(*v16); rescue Exception; end
begin; v21 = Numeric.instance_method(:m9); rescue Exception; end
begin; v22 = String.instance_method(:m7); rescue Exception; end
