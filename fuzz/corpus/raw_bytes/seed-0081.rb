GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  r1 = 0
  begin
    begin
      v1 = proc do |o0 = 0|
        begin
          v2 = proc do |a0, o0 = 0|
            begin; v3 = v0.respond_to?(:m0, true); rescue Exception; end
            begin; v4 = v0.singleton_class; rescue Exception; end
            a0
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class C0 < Hash
        begin; v5 = C0.new(k0: 2); rescue Exception; end
        begin
          class Numeric
            begin; alias m1 positive?; rescue Exception; end
          end
        rescue Exception
        end
        begin; (0..4).public_send(:include?, v5, v5); rescue Exception; end
        begin; C0.send(:prepend, Enumerable); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m2()
        begin; v6 = "s18".method(:m3); rescue Exception; end
        begin; v7 = C0.new(); rescue Exception; end
        self
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin
  class << v0
    begin; v8 = Object.new(); rescue Exception; end
    begin; alias m4 m5; rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v9 = v0.respond_to?(:include?); rescue Exception; end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v10 = [46, nil]; rescue Exception; end
GC.start
begin; v11 = C0.new(); rescue Exception; end
begin; v10.singleton_class.send(:alias_method, :m6, :positive?); rescue Exception; end
begin; v10.extend(Enumerable); rescue Exception; end
begin; v12 = 56; rescue Exception; end
begin; self.m4(v9, *v10, k0: 3); rescue Exception; end
begin
  v13 = Class.new(Object) do
    begin
      37.public_send(:">=", (1..6)) do |a0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
