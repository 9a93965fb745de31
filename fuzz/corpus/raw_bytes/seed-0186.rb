begin; ($stash ||= []).concat(Array.new(9) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; M0.send(:remove_method, :select); rescue Exception; end
begin
  10.times do |i|
    begin; v0 = Object.new(nil, 19); rescue Exception; end
    begin; v0.instance_variable_set(:@i1, i); rescue Exception; end
  end
rescue Exception
end
begin; v1 = [(4..4), (1..5), self]; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1 << $stash.shift }; rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do
    v1
  end
rescue Exception
end
begin; v2 = [v1, 19.5, v1]; rescue Exception; end
begin; v3 = {:k0 => (0..3), :k1 => v1}; rescue Exception; end
begin
  class Integer
    begin; alias m0 ceildiv; rescue Exception; end
    begin; alias_method :m0, :ceildiv; rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin
      def m0(a0, a1)
        a0
      end
    rescue Exception
    end
    begin; v4 = (4..5).respond_to?(:select); rescue Exception; end
  end
rescue Exception
end
begin
  class Struct
    begin; alias m1 select; rescue Exception; end
    begin; alias_method :m2, :m1; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v2.singleton_class.send(:alias_method, :m3, :ceildiv); rescue Exception; end
begin
  class << v2
    begin; alias_method :m4, :m3; rescue Exception; end
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v6 = Object.new(); rescue Exception; end
begin
  v7 = v6.public_send(:m5, nil, v2) do |a0, a1|
    begin
      class Integer
        begin; alias_method :m3, :ceildiv; rescue Exception; end
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; v7.m3(); rescue Exception; end
begin
  v8 = proc do |a0, a1|
    a1
  end
rescue Exception
end
begin
  3.times do |i|
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; C1.class_variable_set(:@@k0, 80); rescue Exception; end
        begin; alias m6 select; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = self.respond_to?(:m0, true); rescue Exception; end
begin; C1.send(:undef_method, :m7); rescue Exception; end
begin; Range.send(:define_method, :m8, v8); rescue Exception; end
begin; v10 = v6.public_send(:m3, 16.5); rescue Exception; end
begin
  v9.method(:m2).call(v2, v6) do |a0, &blk|
    begin
      class << v3
        begin; v11 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v12 = [v9].include?("s18"); rescue Exception; end
    v9
  end
rescue Exception
end
begin
  C1.send(:define_method, :m2) do |a0, *rest, p0|
    v10
  end
rescue Exception
end
begin
  GC.start
  h1 = Object.new
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.instance_variable_set(:@m2, $stash.shift) }
rescue Exception
end
begin
  v13 = proc do |k0: 1|
    begin
      module M2
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn0")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn0") || super
          end
        rescue Exception
        end
        begin; v14 = (4..9).respond_to?(:m9, true); rescue Exception; end
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin; p v10; rescue Exception; end
begin; C1.send(:undef_method, :m10); rescue Exception; end
GC.start
