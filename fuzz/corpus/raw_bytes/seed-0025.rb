begin
  v0 = Proc.new do |a0, a1|
    begin
      class String
        begin; alias m0 clear; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  class << v0
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v1 = C0.new(); rescue Exception; end
        begin; C0.send(:alias_method, :m1, :eql?); rescue Exception; end
        begin
          30.times do |i|
            begin; v2 = [i, v1, v1]; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = C0.new(); rescue Exception; end
begin
  class Hash
    begin; alias_method :m1, :eql?; rescue Exception; end
    begin; alias_method :m2, :members; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; eval(""); rescue Exception; end
begin; Range.extend(Comparable); rescue Exception; end
begin; v4 = C0.new(); rescue Exception; end
begin
  1.times do |i|
    begin; 300.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin
      class Struct
        begin; alias_method :m1, :members; rescue Exception; end
      end
    rescue Exception
    end
    begin; (2..3).send(:end, "s14", k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m3, :members); rescue Exception; end
begin; v5 = C0.new(v4); rescue Exception; end
begin; v6 = :y2.respond_to?(:m4); rescue Exception; end
begin
  module M1
    begin
      v7 = proc do |a0, a1|
        begin; 100.times { |i| Object.new }; rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      class << v7
        begin; alias_method :m3, :clear; rescue Exception; end
        begin
          class C2
            begin; C0.send(:undef_method, :m5); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C2.send(:alias_method, :m6, :members); rescue Exception; end
  end
rescue Exception
end
begin; v8 = Object.new(); rescue Exception; end
begin
  class << v3
    begin
      begin
        begin
          class C3 < C2
            begin; v9 = C2.new(); rescue Exception; end
            begin; v9.singleton_class.send(:alias_method, :m7, :clear); rescue Exception; end
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m8, :eql?); rescue Exception; end
begin; C2.send(:alias_method, :m3, :members); rescue Exception; end
begin; v10 = C2.new(v4, v5); rescue Exception; end
begin
  class << v4
    begin; v11 = C2.new(); rescue Exception; end
  end
rescue Exception
end
begin; (3..8).send(:to_s, v3); rescue Exception; end
begin; v12 = Object.new(&v0); rescue Exception; end
begin; C3.send(:alias_method, :m5, :eql?); rescue Exception; end
begin; 30.times { |i| v10.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v13 = C0.new(k0: v3); rescue Exception; end
begin; C0.send(:include, M1); rescue Exception; end
begin; C2.send(:alias_method, :m4, :m9); rescue Exception; end
begin; v14 = nil; rescue Exception; end
