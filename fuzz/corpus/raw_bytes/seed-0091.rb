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
GC.start
begin
  def m1()
    begin
      v2 = lambda do |a0, o0 = 0|
        64
      end
    rescue Exception
    end
    6.5
  end
rescue Exception
end
begin; v3 = Integer.instance_method(:lazy); rescue Exception; end
