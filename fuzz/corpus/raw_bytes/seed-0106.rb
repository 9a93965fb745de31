begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; v0 = {:k0 => "s12"}; rescue Exception; end
begin; v1 = :y1; rescue Exception; end
begin
  v2 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v3 = C0.new(self); rescue Exception; end
    begin
      class C1
        begin
          class C2 < Numeric
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin
              def self.m0(a0)
                a0
              end
            rescue Exception
            end
            begin
              def m1(a0, o0 = 0, *rest, k0: 1, &blk)
                blk
              end
            rescue Exception
            end
            begin; 50.times { |i| { i => i } }; rescue Exception; end
            begin; alias_method :m2, :i; rescue Exception; end
          end
        rescue Exception
        end
        begin; C1.send(:alias_method, :m3, :each); rescue Exception; end
        begin; v4 = self.method(:m4).call(nil); rescue Exception; end
      end
    rescue Exception
    end
    begin; v3.singleton_class.send(:alias_method, :m4, :each); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin; v5 = {:k0 => 0.5}; rescue Exception; end
    begin; 100.times { |i| v5[i] = [i] }; rescue Exception; end
    begin; v5.m5(v5); rescue Exception; end
  end
rescue Exception
end
begin
  v6 = ->(a0, *rest) do
    v2
  end
rescue Exception
end
begin
  class C3 < C2
    begin; 10.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin
  module M4
    begin
      v7 = lambda do |a0, o0 = 0|
        begin
          def self.m1()
            (2..5)
          end
        rescue Exception
        end
        53
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
begin
  module M5
    begin; v8 = ["s5"]; rescue Exception; end
    begin; v9 = v8.send(:m6, *v8); rescue Exception; end
  end
rescue Exception
end
begin
  C3.send(:define_method, :m7) do |a0, &blk|
    self
  end
rescue Exception
end
begin
  v10 = ->() do
    begin
      v11 = Class.new(Hash) do
        begin; Kernel.send(:alias_method, :m8, :puts); rescue Exception; end
        begin; self.send(:include, M4); rescue Exception; end
        begin; v12 = nil.respond_to?(:m7); rescue Exception; end
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
