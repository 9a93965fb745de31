GC.start
begin
  Numeric.send(:define_method, :m0) do
    begin
      v0 = ->() do
        true
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k2, self); rescue Exception; end
begin; v1 = {:k0 => (2..2)}; rescue Exception; end
begin; v2 = Object.new(16.5, v1); rescue Exception; end
begin; v2.method(:m1).call(**v1); rescue Exception; end
begin; Hash.extend(Comparable); rescue Exception; end
begin
  v3 = Class.new(Array) do
    begin
      def m2(a0, &blk)
        a0
      end
    rescue Exception
    end
    begin
      module M1
        begin
          def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
          def to_str; "c#{to_int}"; end
          def to_ary; [to_int, to_str]; end
          def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
          def hash; to_int.hash; end
          def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
          def ==(o); eql?(o); end
          def coerce(o); [o, to_int]; end
        rescue Exception
        end
        begin; v4 = {:k0 => self, :k1 => 21}; rescue Exception; end
      end
    rescue Exception
    end
    begin
      module M2
        begin
          def m2(a0)
            begin; v5 = (1..2).respond_to?(:downto); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; C0.send(:alias_method, :m1, :m3); rescue Exception; end
      end
    rescue Exception
    end
    begin; v6 = 84.chr(1); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; v7 = self.m4(k0: v1); rescue Exception; end
begin; v3.singleton_class.send(:remove_method, :to_enum); rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k2, v2); rescue Exception; end
