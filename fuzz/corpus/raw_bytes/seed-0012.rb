begin; Range.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v0 = [(3..8), 69, (3..8)].sort { |x, y| y <=> x }; rescue Exception; end
begin; Numeric.send(:alias_method, :m2, :m0); rescue Exception; end
begin; v1 = Object.new(k0: 2); rescue Exception; end
begin; v2 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  self.m3(k0: v0) do |a0, *rest, p0|
    begin; String.send(:alias_method, :m2, :open); rescue Exception; end
    begin; v3 = []; rescue Exception; end
    rest
  end
rescue Exception
end
begin
  class String
    begin; alias m4 lstrip; rescue Exception; end
    begin; alias_method :m5, :m6; rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin; v4 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin; Range.send(:alias_method, :m0, :open); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  30.times do |i|
    begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; 100.times { |i| "x" * 8 }; rescue Exception; end
    begin
      v6 = 29.send(:step, k0: 2) do
        self
      end
    rescue Exception
    end
    begin; v7 = C1.new(); rescue Exception; end
    begin; v8 = (v6..true).include?(v6); rescue Exception; end
  end
rescue Exception
end
begin; v9 = C1.new(); rescue Exception; end
begin; v2.send(:prepend, M0); rescue Exception; end
begin; v10 = v9.dup; rescue Exception; end
begin; v11 = v1.public_send(:m7, "s9", k0: 3); rescue Exception; end
begin
  v12 = Proc.new do |a0, a1|
    begin; v13 = :y2; rescue Exception; end
    v0
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m2, :open); rescue Exception; end
begin; M0.send(:remove_method, :m5); rescue Exception; end
begin
  module M2
    begin
      v14 = proc do
        begin
          v15 = Class.new(Object) do
            begin; C1.class_variable_set(:@@k2, 74); rescue Exception; end
          end
        rescue Exception
        end
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
        self
      end
    rescue Exception
    end
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
    begin; raise ArgumentError, "x"; rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v16 = v0.respond_to?(:m8); rescue Exception; end
begin; v2.lstrip(&v12); rescue Exception; end
begin
  class << v1
    begin
      def self.m8(a0)
        begin; v17 = {:k0 => 17.5}; rescue Exception; end
        begin; eval("begin; 10.times { |i| proc { i } }; rescue Exception; end\nbegin; v18 = :upcase; rescue Exception; end"); rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v19 = v9.dup; rescue Exception; end
begin; C3.send(:alias_method, :m9, :open); rescue Exception; end
GC.start
begin; v2.send(:alias_method, :m6, :lstrip); rescue Exception; end
begin; v20 = {:k0 => 19.5}; rescue Exception; end
GC.start
begin
  class << v20
    begin
      2.times do |i|
        begin; C1.class_variable_set(:@@k2, "s0"); rescue Exception; end
      end
    rescue Exception
    end
    begin; v21 = {}; rescue Exception; end
  end
rescue Exception
end
