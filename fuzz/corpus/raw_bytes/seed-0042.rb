begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; Integer.send(:alias_method, :m0, :"<=>"); rescue Exception; end
    begin; v1 = 19; rescue Exception; end
    begin
      module M0
        begin
          class C1 < Array
            begin; C1.send(:alias_method, :m1, :yield_self); rescue Exception; end
          end
        rescue Exception
        end
        begin; M0.send(:undef_method, :m2); rescue Exception; end
        begin
          C1.send(:define_method, :m3) do |k0: 1|
            begin; p (4..8); rescue Exception; end
            begin
              def m4(a0, a1)
                a1
              end
            rescue Exception
            end
            86
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
  begin
    begin
      3.times do |i|
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; p "s8"; rescue Exception; end
begin
  module M2
    begin; v2 = 15.respond_to?(:m3); rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:prepend, M2); rescue Exception; end
GC.start
begin; v3 = v0.respond_to?(:m5); rescue Exception; end
begin
  v4 = Class.new(Hash) do
    begin; C3.send(:alias_method, :m6, :m7); rescue Exception; end
  end
rescue Exception
end
begin; v5 = v4.allocate(1); rescue Exception; end
begin
  v6 = proc do |a0, a1|
    begin; v7 = v4.respond_to?(:m0, true); rescue Exception; end
    GC.start
    a1
  end
rescue Exception
end
begin; C3.send(:include, M0); rescue Exception; end
begin
  v8 = lambda do |o0 = 0|
    begin; K0 = o0; rescue Exception; end
    self
  end
rescue Exception
end
begin
  v9 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      def m8()
        60
      end
    rescue Exception
    end
    v8
  end
rescue Exception
end
begin
  class << v4
    begin; v10 = nil; rescue Exception; end
  end
rescue Exception
end
begin
  class C4 < Hash
    begin; alias_method :m0, :select; rescue Exception; end
    begin; v11 = Object.new(); rescue Exception; end
    begin; v11.singleton_class.send(:alias_method, :m9, :yield_self); rescue Exception; end
    begin
      def m10(a0)
        begin; C1.send(:undef_method, :m7); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v9.m0(a0)
    begin
      v12 = proc do |a0, o0 = 0|
        begin; v13 = {}; rescue Exception; end
        begin; v14 = Object.new(1); rescue Exception; end
        66
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; v15 = v3.send(:m5, &v9); rescue Exception; end
begin; v16 = 7.5.respond_to?(:"<=>"); rescue Exception; end
begin; Kernel.send(:alias_method, :m11, :yield_self); rescue Exception; end
begin; v9.singleton_class.send(:define_method, :m7, v6); rescue Exception; end
begin; v6.singleton_class.send(:remove_method, :m11); rescue Exception; end
