begin
  begin
    begin; p (0..0); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = {:k0 => v0, :k1 => self}; rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin
  class Struct
    begin; alias m0 each; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  Integer.class_eval do
    begin; alias_method :m0, :to_h; rescue Exception; end
    begin; v2 = nil; rescue Exception; end
  end
rescue Exception
end
begin
  class C0
    begin; v3 = nil.m0((2..7), "s12"); rescue Exception; end
  end
rescue Exception
end
begin
  class Struct
    begin; alias m0 each; rescue Exception; end
  end
rescue Exception
end
begin; v4 = v0.instance_variable_get(:@i3); rescue Exception; end
begin
  v5 = lambda do |a0, a1|
    begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    begin
      v6 = proc do |a0, a1|
        begin
          Numeric.send(:define_method, :m1) do
            a1
          end
        rescue Exception
        end
        begin; C0.send(:remove_method, :m2); rescue Exception; end
        a0
      end
    rescue Exception
    end
    v4
  end
rescue Exception
end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  def v5.m3(a0, a1)
    begin; C0.send(:alias_method, :m1, :dig); rescue Exception; end
    true
  end
rescue Exception
end
begin; C0.send(:undef_method, :m4); rescue Exception; end
begin
  v7 = Proc.new do |a0, o0 = 0|
    begin; v8 = self.m5(v0, self); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v9 = proc do
    begin; v10 = v7.dup; rescue Exception; end
    begin; v11 = v5.to_proc; rescue Exception; end
    78
  end
rescue Exception
end
begin; v12 = v0.respond_to?(:m6, true); rescue Exception; end
begin; v13 = v12.respond_to?(:m3); rescue Exception; end
