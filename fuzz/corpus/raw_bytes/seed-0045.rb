begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; C0.send(:remove_method, :">"); rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; 9.send(:"~", k0: 41); rescue Exception; end
begin; p :y0; rescue Exception; end
begin; v0 = [nil]; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; v1 = v0.method(:slice!).call(v0, v0); rescue Exception; end
GC.start
begin; K1 = self; rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin; Hash.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  def v0.m0(a0, a1)
    a0
  end
rescue Exception
end
