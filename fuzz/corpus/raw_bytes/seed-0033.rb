begin
  2.times do |i|
    begin; Object.send(:alias_method, :m0, :first); rescue Exception; end
  end
rescue Exception
end
begin; v0 = (0..1); rescue Exception; end
begin; v1 = Object.new(k0: v0); rescue Exception; end
begin; Range.send(:alias_method, :m1, :upto); rescue Exception; end
begin
  class << v1
    begin; v2 = nil.first(:y2, k0: 3); rescue Exception; end
    begin
      Hash.send(:define_method, :m2) do |o0 = 0|
        GC.start
        begin
          class C0 < Array
            begin
              Hash.send(:define_method, :m3) do |a0, *rest, p0|
                rest
              end
            rescue Exception
            end
            begin; p nil; rescue Exception; end
            begin; v3 = 70; rescue Exception; end
            begin; v4 = {:k0 => 56}; rescue Exception; end
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m3, :upto); rescue Exception; end
begin
  v6 = proc do |a0, &blk|
    v1
  end
rescue Exception
end
begin
  module M1
    begin; C0.send(:include, M1); rescue Exception; end
    begin; Object.send(:alias_method, :m4, :first); rescue Exception; end
    begin; v7 = 6.5; rescue Exception; end
  end
rescue Exception
end
begin; v8 = []; rescue Exception; end
begin; p v1; rescue Exception; end
begin; v6.singleton_class.send(:remove_method, :m5); rescue Exception; end
begin; C0.send(:define_method, :m4, v6); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  module M2
    begin; v9 = C0.new(); rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin; v9.singleton_class.send(:alias_method, :m6, :m7); rescue Exception; end
  end
rescue Exception
end
begin; v8.freeze; rescue Exception; end
begin; v10 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v11 = v0.overlap?(v8); rescue Exception; end
begin; v12 = C0.new(v1, "s3"); rescue Exception; end
begin; v13 = Struct.new(:f0); rescue Exception; end
begin; v14 = Struct.new(:f0); rescue Exception; end
begin
  Numeric.send(:define_method, :m8) do |a0, &blk|
    blk
  end
rescue Exception
end
begin; v15 = {:k0 => v14, :k1 => v0}; rescue Exception; end
begin
  def v1.m9(a0, o0 = 0)
    o0
  end
rescue Exception
end
begin; v16 = v6.call(self); rescue Exception; end
begin; v17 = v8.clone; rescue Exception; end
begin; v13.singleton_class.send(:undef_method, :m10); rescue Exception; end
begin; v17 << v11; rescue Exception; end
begin
  2.times do |i|
    begin; v18 = C0.new(*v8); rescue Exception; end
    begin
      def m11(o0 = 0)
        GC.start
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
