GC.start
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.m0(); rescue Exception; end
begin; Array.send(:alias_method, :m1, :m0); rescue Exception; end
begin; v2 = v0.respond_to?(:__upto_endless); rescue Exception; end
begin; Array.class_eval("begin; 100.times { |i| v0.instance_variable_set(:\"@g\#{i}\", i) }; rescue Exception; end"); rescue Exception; end
begin; p v1; rescue Exception; end
begin
  class << v0
    begin; :y4.name(63, 81); rescue Exception; end
    begin; Integer.send(:alias_method, :m2, :codepoints); rescue Exception; end
    begin
      v3 = lambda do
        begin; Array.send(:alias_method, :m3, :message); rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
