begin; ($stash ||= []).concat(Array.new(8) { |j| Object.new }); rescue Exception; end
GC.start
begin; Object.instance_variable_set(:@k2, "s6"); rescue Exception; end
begin
  String.send(:define_method, :m0) do |o0 = 0|
    17.5
  end
rescue Exception
end
begin; v0 = {:k0 => "s12"}; rescue Exception; end
begin; v1 = Object.new(**v0); rescue Exception; end
begin
  class C0
    begin; C0.send(:alias_method, :m0, :m1); rescue Exception; end
    begin; v2 = {:k0 => 6.5}; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :"<="); rescue Exception; end
GC.start
