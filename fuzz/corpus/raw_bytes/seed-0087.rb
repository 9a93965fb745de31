begin; ($stash ||= []).concat(Array.new(12) { |j| proc { j } }); rescue Exception; end
GC.start
begin
  class C0 < Array
    begin; C0.send(:undef_method, :">="); rescue Exception; end
    begin
      def m0(a0)
        begin; v0 = C0.new(); rescue Exception; end
        :y5
      end
    rescue Exception
    end
    begin
      class C1 < C0
        begin
          v1 = lambda do |k0: 1, **kws|
            begin; p true; rescue Exception; end
            kws
          end
        rescue Exception
        end
        begin
          class << v1
            begin; C1.send(:alias_method, :m1, :">="); rescue Exception; end
            begin; C1.send(:remove_method, :m0); rescue Exception; end
            begin; v2 = self.public_send(:m0, :y4, nil); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.extend(Comparable); rescue Exception; end
begin; v3 = (3.5..nil).include?(3.5); rescue Exception; end
begin; C0.send(:undef_method, :m2); rescue Exception; end
begin; v4 = [v3, v3, v3]; rescue Exception; end
begin
  class C2 < Array
    begin; v5 = C1.new(); rescue Exception; end
    begin
      module M3
        begin; v6 = C0.new(); rescue Exception; end
        begin
          def self.m3(o0 = 0)
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      module M4
        begin; v7 = C0.new(); rescue Exception; end
        begin; v7.singleton_class.send(:alias_method, :m4, :message); rescue Exception; end
        begin; v8 = v7.clone; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  GC.start
  h1 = [nil, nil, nil]
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[1] = $stash.shift }
rescue Exception
end
begin; v9 = Object.instance_method(:">="); rescue Exception; end
begin; p v4; rescue Exception; end
begin; 30.times { |i| v4 << i.to_s }; rescue Exception; end
begin; v4.singleton_class.send(:undef_method, :puts); rescue Exception; end
begin
  class << v4
    begin; self.send(:include, M4); rescue Exception; end
  end
rescue Exception
end
begin; v10 = C2.new(v3); rescue Exception; end
begin; p v4; rescue Exception; end
begin
  v11 = Fiber.new do |x|
    Fiber.yield(x)
    12
  end
rescue Exception
end
begin; v10.singleton_class.send(:undef_method, :m5); rescue Exception; end
GC.start
begin; v12 = Object.new((3..8)); rescue Exception; end
begin; v13 = Hash.instance_method(:message); rescue Exception; end
begin; v12.singleton_class.send(:alias_method, :m6, :m2); rescue Exception; end
begin; C1.send(:alias_method, :m7, :m8); rescue Exception; end
begin
  class Exception
    begin; alias_method :m5, :message; rescue Exception; end
  end
rescue Exception
end
begin; v14 = v9.respond_to?(:m9); rescue Exception; end
GC.start
