GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin
      class C0
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        begin
          def self.m0(k0: 1)
            begin; 50.times { |i| Object.new }; rescue Exception; end
            begin; Array.send(:alias_method, :m1, :next); rescue Exception; end
            (0..1)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v1 = true; rescue Exception; end
  end
rescue Exception
end
begin
  v3 = 60.divmod(v0, k0: 3) do
    begin; v2 = -1.5.send(:">=", k0: v0); rescue Exception; end
    begin; v0.instance_variable_set(:@i3, v2); rescue Exception; end
    v0
  end
rescue Exception
end
begin; C0.send(:undef_method, :m2); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; v4 = C0.new(); rescue Exception; end
begin; K0 = v4; rescue Exception; end
begin; v0.instance_variable_set(:@i1, v0); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v5 = C0.new("s12", k0: 3); rescue Exception; end
begin
  v6 = Proc.new do |a0, a1|
    true
  end
rescue Exception
end
begin
  def m3(o0 = 0)
    o0
  end
rescue Exception
end
