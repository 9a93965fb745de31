begin; v0 = Object.new(1); rescue Exception; end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v1 = :y3; rescue Exception; end
begin
  module M0
    begin; alias_method :m0, :downto; rescue Exception; end
  end
rescue Exception
end
begin; v2 = {:k0 => v1, :k1 => v0}; rescue Exception; end
begin; self.downto(v2, k0: 3); rescue Exception; end
begin; v2[12] = v0; rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
GC.start
begin; v4 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v5 = Array.instance_method(:initialize); rescue Exception; end
begin
  class << v4
    begin
      def m0(a0, o0 = 0)
        begin
          Hash.send(:define_method, :m1) do
            begin; v6 = nil; rescue Exception; end
            self
          end
        rescue Exception
        end
        begin
          v7 = 37.method(:m2).call(k0: (0..2)) do
            begin; self.public_send(:m2, self); rescue Exception; end
            true
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
    begin; v8 = Object.new(); rescue Exception; end
    begin; eval(""); rescue Exception; end
  end
rescue Exception
end
begin
  class << v5
    begin; v9 = :y2.respond_to?(:downto, true); rescue Exception; end
  end
rescue Exception
end
GC.start
