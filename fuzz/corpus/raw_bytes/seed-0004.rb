begin; v0 = {}; rescue Exception; end
begin; v1 = v0.dup; rescue Exception; end
begin; 8.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v2 = v0.singleton_class; rescue Exception; end
begin
  module M0
    begin; v3 = 12.5.message((3..6)); rescue Exception; end
    begin; eval("begin; Range.send(:alias_method, :m0, :upto); rescue Exception; end"); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin
  class String
    begin; alias m1 each_char; rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin
      2.times do |i|
        begin; Range.send(:alias_method, :m0, :upto); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v2.send(:initialize) do |k0: 1|
    k0
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :message); rescue Exception; end
begin; v4 = v2.new(:y1, k0: 3); rescue Exception; end
begin
  class << v0
    begin; 300.times { |i| Object.new }; rescue Exception; end
    begin; v5 = nil; rescue Exception; end
    begin; M0.send(:remove_method, :m3); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; v4.singleton_class.send(:remove_method, :upto); rescue Exception; end
begin; K0 = v4; rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m3, :upto); rescue Exception; end
    begin; C1.send(:remove_method, :message); rescue Exception; end
  end
rescue Exception
end
begin; v6 = v0.respond_to?(:m4); rescue Exception; end
begin
  Array.class_eval do
    begin
      begin
        begin
          class C2 < C1
            begin; C2.send(:undef_method, :upto); rescue Exception; end
            begin; C1.send(:alias_method, :m5, :m6); rescue Exception; end
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          v1.singleton_class.send(:define_method, :m2) do
            begin; C2.send(:alias_method, :m7, :message); rescue Exception; end
            e
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  C2.class_eval do
    begin
      def m8(a0, a1)
        begin
          begin
            begin; p 46; rescue Exception; end
            begin; p a1; rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
        begin
          v7 = ->(a0, *rest) do
            GC.start
            a0
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
