GC.start
begin; v0 = {}; rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :tap); rescue Exception; end
GC.start
begin
  class << v0
    begin; alias m0 first; rescue Exception; end
    begin; v1 = Object.new(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v2 = :y4.public_send(:downcase); rescue Exception; end
    begin
      def m1(a0, a1)
        begin
          String.send(:define_method, :m2) do |k0: 1|
            begin; v3 = "s1".respond_to?(:first); rescue Exception; end
            begin; v4 = :y2; rescue Exception; end
            k0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; Integer.send(:alias_method, :m3, :first); rescue Exception; end
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m0, :m4); rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin; String.send(:alias_method, :m1, :first); rescue Exception; end
begin
  13.remainder(1) do |a0|
    begin; v6 = v0.send(:"==", **v0); rescue Exception; end
    GC.start
    v0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m5, :tap); rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = v0.respond_to?(:m6, true); rescue Exception; end
begin; v9 = [v7, (4..6)]; rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin; v10 = v8.respond_to?(:m7); rescue Exception; end
begin
  class C0 < Array
    begin; alias m8 sort!; rescue Exception; end
    begin; C0.send(:remove_method, :m2); rescue Exception; end
    begin; v11 = [(0..2)]; rescue Exception; end
    begin; 30.first(); rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin; v12 = [v10, 82, v10]; rescue Exception; end
begin; v13 = v8.respond_to?(:m4); rescue Exception; end
begin
  v9.singleton_class.send(:define_method, :m3) do |a0|
    begin; v14 = nil; rescue Exception; end
    "s17"
  end
rescue Exception
end
begin; v15 = v0.clone; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v16 = C0.new(); rescue Exception; end
begin; v9 << true; rescue Exception; end
begin
  v17 = proc do |a0|
    a0
  end
rescue Exception
end
begin; K0 = self; rescue Exception; end
begin; v18 = {}; rescue Exception; end
begin; v19 = v17.singleton_class; rescue Exception; end
begin; v20 = v8.respond_to?(:first, true); rescue Exception; end
