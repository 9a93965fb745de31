begin; v0 = Object.new(); rescue Exception; end
begin; String.extend(Comparable); rescue Exception; end
begin
  class Exception
    begin; alias m0 message; rescue Exception; end
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin; v0.instance_eval("begin\n  1.times do |i|\n  end\nrescue Exception\nend\nbegin; v1.extend(Comparable); rescue Exception; end"); rescue Exception; end
begin; v1.extend(Comparable); rescue Exception; end
begin; v2 = [71]; rescue Exception; end
begin; 30.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  def v2.m0()
    begin; 300.times { |i| proc { i } }; rescue Exception; end
    (1..1)
  end
rescue Exception
end
