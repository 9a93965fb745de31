begin; ($stash ||= []).concat(Array.new(11) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = 30; rescue Exception; end
begin; v1 = Object.new(k0: 2); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  r1 = 0
  begin
    begin; v1.singleton_class.send(:remove_method, :m1); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k1, v0); rescue Exception; end
begin
  Array.send(:define_method, :m1) do |a0, o0 = 0|
    begin; v1.public_send(:m1); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v1
    begin; v2 = Object.new(nil, true); rescue Exception; end
    begin; v3 = v2.respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m3, :message); rescue Exception; end
begin
  module M0
    begin; v4 = nil; rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  v5 = proc do
    true
  end
rescue Exception
end
begin; v6 = [v5, "s18"].max; rescue Exception; end
begin
  module M1
    begin; Enumerable.send(:alias_method, :m4, :map); rescue Exception; end
  end
rescue Exception
end
begin; v7 = [v6].include?(v1); rescue Exception; end
begin
  v8 = ->(a0, o0 = 0) do
    begin; M0.send(:undef_method, :m2); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v9 = (4..9).respond_to?(:m5); rescue Exception; end
begin; String.send(:alias_method, :m6, :map); rescue Exception; end
begin; v10 = Object.new(1); rescue Exception; end
begin; v11 = 35.m4(k0: v7); rescue Exception; end
begin; v12 = (v7..v6).include?(v7); rescue Exception; end
begin
  class << v9
    begin; p 0.5; rescue Exception; end
    begin
      3.times do |i|
        begin; Object.instance_variable_set(:@k0, i); rescue Exception; end
        begin; Numeric.send(:alias_method, :m7, :message); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m8(a0, a1)
        begin
          Array.send(:define_method, :m9) do
            true
          end
        rescue Exception
        end
        begin; 50.times { |i| proc { i } }; rescue Exception; end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v13 = Object.new(); rescue Exception; end
begin; v14 = []; rescue Exception; end
