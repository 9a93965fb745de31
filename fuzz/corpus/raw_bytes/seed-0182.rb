begin; ($stash ||= []).concat(Array.new(11) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  GC.start
  h1 = Object.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.instance_variable_set(:@m2, $stash.shift) }
rescue Exception
end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin
  class C0 < Numeric
    begin; v1 = Range.instance_method(:m0); rescue Exception; end
    begin; v2 = C0.class_variable_get(:@@k1); rescue Exception; end
    begin
      1.times do |i|
      end
    rescue Exception
    end
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          class C1 < Numeric
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; v3 = C0.instance_method(:slice!); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = v0.singleton_class; rescue Exception; end
begin
  v5 = proc do |a0, o0 = 0|
    begin
      class << v4
        begin; alias_method :m1, :slice!; rescue Exception; end
      end
    rescue Exception
    end
    begin; v4.public_send(:superclass, v0, k0: 3); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v6 = lambda do |a0, &blk|
    blk
  end
rescue Exception
end
begin; v7 = String(v5); rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :slice!); rescue Exception; end
begin
  def v5.m2(a0)
    self
  end
rescue Exception
end
begin
  v8 = ->(a0, o0 = 0) do
    begin
      class << v5
        begin
          def m3()
            begin; C0.send(:alias_method, :m4, :"=="); rescue Exception; end
            begin; C1.send(:alias_method, :m0, :slice!); rescue Exception; end
            72
          end
        rescue Exception
        end
        begin
          class String
            begin; alias_method :m5, :slice!; rescue Exception; end
          end
        rescue Exception
        end
        begin; v9 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v0.singleton_class.send(:alias_method, :m6, :"=="); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v10 = lambda do |a0, o0 = 0|
    o0
  end
rescue Exception
end
begin; v11 = v5.dup; rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin
  class C2 < String
    begin; v12 = nil.method(:m7); rescue Exception; end
    begin
      def m6(a0, o0 = 0, *rest, k0: 1, &blk)
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; v13 = v11.dup; rescue Exception; end
begin; p v5; rescue Exception; end
