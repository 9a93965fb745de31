begin; Hash.extend(Enumerable); rescue Exception; end
begin
  class C0 < String
    begin
      def self.m0()
        begin; C0.send(:alias_method, :m1, :intersection); rescue Exception; end
        (2..4)
      end
    rescue Exception
    end
    begin; 10.times { |i| [i, i] }; rescue Exception; end
    begin; nil.intersection(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin; v0 = nil; rescue Exception; end
begin; v1 = C0.new(1); rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v2 = Object.new(); rescue Exception; end
    begin; v3 = 1 + true; rescue Exception; end
    begin; C0.send(:alias_method, :m0, :intersection); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin
      v4 = ->() do
        7.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = String(nil); rescue Exception; end
begin
  v6 = v0.method(:intersection).call(v1) do
    v0
  end
rescue Exception
end
begin; v7 = v1.dup; rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin; v8 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v8.inherited(); rescue Exception; end
begin; v9 = 27.respond_to?(:m1); rescue Exception; end
begin
  def m2(a0, o0 = 0)
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin
      30.times do |i|
        begin; C0.send(:remove_method, :intersection); rescue Exception; end
      end
    rescue Exception
    end
    68
  end
rescue Exception
end
begin; C0.send(:alias_method, :m3, :intersection); rescue Exception; end
begin; v8.freeze; rescue Exception; end
begin; C0.class_variable_set(:@@k1, v1); rescue Exception; end
begin; v8.send(:alias_method, :m2, :m4); rescue Exception; end
begin
  module M2
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v10 = Object.new(0.5); rescue Exception; end
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      v11 = Class.new(String) do
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin; v12 = C1.new(); rescue Exception; end
        begin; raise RuntimeError, "x"; rescue Exception; end
        begin; v12.singleton_class.send(:remove_method, :m4); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1.extend(M2); rescue Exception; end
begin; v1.instance_variable_set(:@i3, v8); rescue Exception; end
