GC.start
begin; p (4..7); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v0 = [0]; rescue Exception; end
begin
  v1 = v0.public_send(:each_index) do
    v0
  end
rescue Exception
end
begin; v2 = Range.instance_method(:m1); rescue Exception; end
begin; Array.extend(Enumerable); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  class C0 < String
    begin; v3 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  end
rescue Exception
end
begin; v4 = v0.singleton_class; rescue Exception; end
GC.start
GC.start
begin; 10.times { |i| Object.new }; rescue Exception; end
begin
  class C1 < Hash
    begin; v5 = C0.new(k0: 2); rescue Exception; end
    begin; v6 = C0.new("s8"); rescue Exception; end
    begin
      class C2 < Array
        begin
          def m2(o0 = 0)
            begin; C1.send(:remove_method, :m3); rescue Exception; end
            55
          end
        rescue Exception
        end
        begin; v7 = C2.new(72); rescue Exception; end
        begin; alias m0 m2; rescue Exception; end
      end
    rescue Exception
    end
    begin; 300.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; v4.singleton_class.send(:alias_method, :m4, :gsub!); rescue Exception; end
    begin; v8 = Struct.new(:f0); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; v4.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
    begin
      def v4.m2()
        begin; C2.send(:alias_method, :m7, :gsub!); rescue Exception; end
        14
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = v1.find_index(*v0); rescue Exception; end
begin; v10 = Struct.new(:f0, :f1); rescue Exception; end
begin; v10.singleton_class.send(:alias_method, :m8, :each); rescue Exception; end
begin
  v11 = Class.new(C0) do
    begin; C3.send(:alias_method, :m9, :gsub!); rescue Exception; end
    begin; v12 = String(true); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v0 << v4; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m10, :m11); rescue Exception; end
begin
  class C4 < C1
    begin; alias m1 gsub!; rescue Exception; end
    begin
      class Struct
        begin; alias m11 each; rescue Exception; end
        begin; alias_method :m5, :gsub!; rescue Exception; end
      end
    rescue Exception
    end
    begin; v13 = C3.new(63); rescue Exception; end
  end
rescue Exception
end
