begin; v0 = [37].include?(self); rescue Exception; end
begin
  v1 = proc do |a0, a1|
    begin; v2 = Object.new(); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v3 = [[v1], [v1]].flatten; rescue Exception; end
begin; Object.send(:alias_method, :m0, :">"); rescue Exception; end
begin; v4 = :y4.respond_to?(:each); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m1, :each); rescue Exception; end
begin; v5 = "s11".respond_to?(:m2); rescue Exception; end
begin; v1.singleton_class.send(:remove_method, :m2); rescue Exception; end
begin
  class << v4
    begin; alias m3 step; rescue Exception; end
  end
rescue Exception
end
begin
  def v1.m4(a0)
    (0..3)
  end
rescue Exception
end
begin; v1.freeze; rescue Exception; end
begin; v6 = v1.dup; rescue Exception; end
