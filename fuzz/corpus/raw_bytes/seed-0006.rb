GC.start
begin; v0 = {:k0 => self}; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v1 = Object.new(); rescue Exception; end
    begin
      def v1.m0(a0, o0 = 0)
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v0.m1(o0 = 0)
    (1..1)
  end
rescue Exception
end
begin
  class << v0
    begin; p :y2; rescue Exception; end
    begin
      module M0
        begin
          v2 = Class.new(StandardError) do
            begin; Array.send(:alias_method, :m2, :"<<"); rescue Exception; end
            begin; v3 = Object.new(); rescue Exception; end
            begin; v3.singleton_class.send(:alias_method, :m3, :dig); rescue Exception; end
            begin
              v3.singleton_class.send(:define_method, :m4) do
                v3
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin
  begin
    GC.start
    begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v4 = true.method(:m5); rescue Exception; end
begin; v5 = (3..8); rescue Exception; end
begin; p v0; rescue Exception; end
begin
  v6 = proc do |a0, a1|
    a0
  end
rescue Exception
end
begin
  class C2
    begin
      :y2.name() do |o0 = 0|
        begin; C2.send(:remove_method, :m6); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      def m7(a0, o0 = 0)
        begin; v7 = 69.send(:"|"); rescue Exception; end
        begin; v8 = C1.new(1); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin; v9 = C2.new(4.5); rescue Exception; end
    begin; v10 = {}; rescue Exception; end
  end
rescue Exception
end
begin; v6.instance_variable_set(:@i3, v4); rescue Exception; end
begin
  module M3
    begin
      def m8()
        GC.start
        begin
          def m3(a0, o0 = 0, *rest, k0: 1, &blk)
            GC.start
            30
          end
        rescue Exception
        end
        (0..3)
      end
    rescue Exception
    end
    begin
      def m9(a0, *rest)
        begin; 10.times { |i| { i => i } }; rescue Exception; end
        begin; C1.send(:include, M0); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v11 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:alias_method, :m10, :dig); rescue Exception; end
begin
  class Numeric
    begin; alias m7 :"+@"; rescue Exception; end
  end
rescue Exception
end
begin; M0.send(:remove_method, :"+@"); rescue Exception; end
begin; v12 = self.m11(1); rescue Exception; end
begin
  def v0.m7(a0, a1)
    begin; Object.send(:alias_method, :m10, :m2); rescue Exception; end
    7.5
  end
rescue Exception
end
GC.start
begin; v13 = :y4; rescue Exception; end
