begin; ($stash ||= []).concat(Array.new(9) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin
  GC.start
  def hold1
    x = nil
    pr = proc { x }
    GC.start
    x = $stash.shift
    pr
  end
  h1 = hold1
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; M0.send(:undef_method, :step); rescue Exception; end
begin; v1 = Object.class_variable_get(:@@k0); rescue Exception; end
GC.start
begin; v2 = nil.public_send(:m0, 1); rescue Exception; end
begin
  module M0
    begin
      def m1(o0 = 0)
        begin; v3 = 7.5; rescue Exception; end
        95
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = (v0..self).include?(v0); rescue Exception; end
begin
  def v0.m0(o0 = 0)
    56
  end
rescue Exception
end
begin; v5 = self.m2(); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :m1); rescue Exception; end
begin
  begin
    begin
      class << v0
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
        GC.start
      end
    rescue Exception
    end
  rescue => e
  ensure
    begin; v0.singleton_class.send(:alias_method, :m3, :step); rescue Exception; end
    begin
      class << v2
        begin; 10.times { |i| Object.new }; rescue Exception; end
        begin; Hash.send(:alias_method, :m4, :step); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  GC.start
  def hold2
    x = nil
    pr = proc { x }
    GC.start; GC.start; GC.start
    x = $stash.shift
    pr
  end
  h2 = hold2
rescue Exception
end
GC.start
begin
  class C1 < Array
    begin; C1.send(:alias_method, :m1, :step); rescue Exception; end
    begin; C1.send(:alias_method, :m5, :each_byte); rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m6, :each_byte); rescue Exception; end
begin; v6 = C1.new(); rescue Exception; end
begin
  class Integer
    begin; alias m7 step; rescue Exception; end
  end
rescue Exception
end
begin; M0.send(:remove_method, :m5); rescue Exception; end
begin; v6.singleton_class.send(:undef_method, :step); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m8, :m1); rescue Exception; end
begin
  v7 = lambda do |k0: 1, **kws|
    begin; v5.send(:m9, "s9"); rescue Exception; end
    k0
  end
rescue Exception
end
GC.start
