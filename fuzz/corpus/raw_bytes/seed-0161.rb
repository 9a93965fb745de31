GC.start
begin; v0 = Range.instance_method(:repeated_combination); rescue Exception; end
begin; v1 = 39; rescue Exception; end
begin; v2 = Integer(v1); rescue Exception; end
begin; v3 = {}; rescue Exception; end
begin
  class << v0
    begin; v4 = (4..5).respond_to?(:m0, true); rescue Exception; end
    begin; alias_method :m0, :lstrip!; rescue Exception; end
    begin; Object.instance_variable_set(:@k0, v4); rescue Exception; end
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k2, v1); rescue Exception; end
begin
  module M0
    begin; v5 = Object.new("s9"); rescue Exception; end
    begin; v6 = v5.dup; rescue Exception; end
  end
rescue Exception
end
begin; K0 = v1; rescue Exception; end
begin
  v7 = ->(a0, a1) do
    v0
  end
rescue Exception
end
begin
  begin
    begin; v3.instance_eval(""); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v8 = Integer(14.5); rescue Exception; end
    begin; v9 = true.repeated_combination(e, k0: 3); rescue Exception; end
  end
rescue Exception
end
