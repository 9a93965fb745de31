begin; ($stash ||= []).concat(Array.new(7) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  class C0
    begin; v0 = 12.5; rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
  rescue => e
    begin
      module M1
        begin; p nil; rescue Exception; end
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; v1 = true.respond_to?(:m0); rescue Exception; end
begin
  v2 = lambda do
    begin; v3 = C0.new(); rescue Exception; end
    (0..1)
  end
rescue Exception
end
GC.start
begin
  module M2
    begin; C0.send(:alias_method, :m1, :m2); rescue Exception; end
    begin; v4 = :y4.casecmp(16.5, :y5); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; C0.send(:alias_method, :m2, :prepend); rescue Exception; end
  end
rescue Exception
end
begin; v2.freeze; rescue Exception; end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin
  v1.m0(v2, v2) do
    v2
  end
rescue Exception
end
begin
  class C3
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
    begin
      class Numeric
        begin; alias m0 nobits?; rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = 67; rescue Exception; end
  end
rescue Exception
end
GC.start
