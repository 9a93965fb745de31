begin
  v0 = nil.m0(1) do |a0|
    begin; Range.send(:alias_method, :m1, :m2); rescue Exception; end
    a0
  end
rescue Exception
end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; Range.extend(Enumerable); rescue Exception; end
begin; v1 = 1; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  class << v2
    begin; Array.send(:alias_method, :m1, :m3); rescue Exception; end
    begin; v3 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v0.each(); rescue Exception; end
begin; v4 = true; rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v5 = true.respond_to?(:m0); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v6 = v0.send(:m0); rescue Exception; end
begin
  v2.singleton_class.send(:define_method, :m4) do |a0, a1|
    begin; Numeric.extend(Enumerable); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v2
    begin
      class C0
        GC.start
        GC.start
        begin
          class Range
            begin; alias_method :m5, :each; rescue Exception; end
            begin; alias_method :m6, :keep_if; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      class C1 < Array
        begin
          class C2
            begin; C1.send(:alias_method, :m7, :keep_if); rescue Exception; end
          end
        rescue Exception
        end
        begin; String.send(:alias_method, :m4, :"-@"); rescue Exception; end
        begin
          v7 = ->() do
            begin; alias m1 collect!; rescue Exception; end
            30
          end
        rescue Exception
        end
        begin; Numeric.send(:alias_method, :m8, :m9); rescue Exception; end
      end
    rescue Exception
    end
    begin
      module M3
        begin
          def m9(a0, o0 = 0, *rest, k0: 1, &blk)
            begin; C0.send(:undef_method, :__upto_endless); rescue Exception; end
            begin; v8 = {:k0 => 13}; rescue Exception; end
            k0
          end
        rescue Exception
        end
        begin; v9 = C0.new(k0: "s18"); rescue Exception; end
        begin; nil.m10(k0: v9); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v6
    begin; C1.send(:remove_method, :m11); rescue Exception; end
    begin; C0.send(:undef_method, :m5); rescue Exception; end
    begin; v10 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v6
    begin; v11 = nil; rescue Exception; end
    begin; v12 = :y3; rescue Exception; end
    begin; v13 = Struct.new(:f0, :f1); rescue Exception; end
  end
rescue Exception
end
