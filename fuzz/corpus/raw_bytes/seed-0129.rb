begin; ($stash ||= []).concat(Array.new(11) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0 = Object.new(1); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, a1|
    begin; v0.singleton_class.send(:undef_method, :m1); rescue Exception; end
    begin
      class << v0
        begin; v1 = Object.new(); rescue Exception; end
        begin
          module M0
            begin; Object.class_variable_set(:@@k1, true); rescue Exception; end
            begin; K0 = 8.5; rescue Exception; end
            begin
              def m0(o0 = 0)
                56
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; Range.send(:alias_method, :m0, :extend); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m2) do |a0|
    v0
  end
rescue Exception
end
begin; v2 = Object.new(v0, 1.5); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m3, :m2); rescue Exception; end
begin
  module M1
    begin; Object.instance_variable_set(:@k1, 15.5); rescue Exception; end
  end
rescue Exception
end
begin
  class Numeric
    begin; alias m3 :"-@"; rescue Exception; end
    begin; alias_method :m4, :m5; rescue Exception; end
  end
rescue Exception
end
begin; eval("begin; v3 = v2.dup; rescue Exception; end"); rescue Exception; end
begin; String.send(:alias_method, :m2, :extend); rescue Exception; end
begin
  class << v0
    begin; K1 = 16.5; rescue Exception; end
    begin; v4 = 7.5; rescue Exception; end
  end
rescue Exception
end
begin; v5 = K0.respond_to?(:m1); rescue Exception; end
begin
  class C2
    begin
      def m6(a0, o0 = 0, *rest, k0: 1, &blk)
        o0
      end
    rescue Exception
    end
    begin
      def self.m5()
        nil
      end
    rescue Exception
    end
    begin; 100.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; v6 = (2..7).max(k0: (3..6)); rescue Exception; end
begin
  class << v0
    GC.start
    begin; v7 = ["s7", :y4].uniq.size; rescue Exception; end
  end
rescue Exception
end
begin; v5.public_send(:m7, v2); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v2.freeze; rescue Exception; end
begin; v8 = Struct.new(:f0, :f1); rescue Exception; end
GC.start
begin; C2.instance_variable_set(:@k1, v8); rescue Exception; end
begin; C2.class_eval("begin\n  def self.m8(a0, &blk)\n    a0\n  end\nrescue Exception\nend\nbegin\n  class << v0\n    begin; 300.times { |i| { i => i } }; rescue Exception; end\n    begin; v9 = []; rescue Exception; end\n    begin; v10 = []; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class Array
    begin; alias_method :m9, :transpose; rescue Exception; end
    begin; alias_method :m10, :extend; rescue Exception; end
  end
rescue Exception
end
begin; v11 = :upcase; rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m11, :transpose); rescue Exception; end
GC.start
