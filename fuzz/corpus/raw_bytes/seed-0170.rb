begin; ($stash ||= []).concat(Array.new(4) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; Integer.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  v3 = 27.send(:message, k0: 63) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      3.times do |i|
        begin; Object.send(:alias_method, :m0, :"`"); rescue Exception; end
        begin
          v0 = Class.new(Object) do
            begin; v1 = {}; rescue Exception; end
            begin
              def m1(a0, o0 = 0, *rest, k0: 1, &blk)
                o0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v2 = nil; rescue Exception; end
    75
  end
rescue Exception
end
begin; v4 = {:k0 => v3}; rescue Exception; end
begin; v5 = v3.method(:m2).call(); rescue Exception; end
begin
  class C1 < StandardError
    begin; v6 = C1.new("s17", k0: 3); rescue Exception; end
    begin; v7 = C1.class_variable_get(:@@k0); rescue Exception; end
    begin; K0 = v6; rescue Exception; end
  end
rescue Exception
end
begin
  def m3(a0)
    GC.start
    a0
  end
rescue Exception
end
begin; C1.class_variable_set(:@@k2, v4); rescue Exception; end
begin; Kernel.send(:alias_method, :m1, :"`"); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m4, :succ); rescue Exception; end
begin; v8 = []; rescue Exception; end
begin
  class C2
    begin
      module M3
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin; v9 = C1.class_variable_get(:@@k2); rescue Exception; end
        begin; v10 = v9.respond_to?(:m5); rescue Exception; end
      end
    rescue Exception
    end
    begin; v11 = C0.class_variable_get(:@@k2); rescue Exception; end
    begin
      class C4 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; p 99; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v12 = lambda do |a0, &blk|
        begin; Array.send(:alias_method, :m6, :"`"); rescue Exception; end
        v11
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v13 = 1 + "s5"; rescue Exception; end
begin; v14 = C1.instance_variable_get(:@k1); rescue Exception; end
begin; v15 = "s6"; rescue Exception; end
begin
  def v8.m7()
    begin
      Integer.send(:define_method, :m5) do |a0, &blk|
        44
      end
    rescue Exception
    end
    (1..6)
  end
rescue Exception
end
begin; 100.times { |i| v8 << i.to_s }; rescue Exception; end
begin; v16 = Array.instance_method(:m8); rescue Exception; end
begin
  class C5 < Array
    begin
      class C6 < Hash
        begin
          10.times do |i|
            begin; v17 = true.m9(:y4, i); rescue Exception; end
          end
        rescue Exception
        end
        begin
          Object.send(:define_method, :m10) do |a0, o0 = 0|
            true
          end
        rescue Exception
        end
        begin; alias m8 :"=="; rescue Exception; end
        begin; C6.instance_variable_set(:@k0, 45); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C7
    begin; v18 = Object.new(14.5); rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  class C8 < C7
    begin; v19 = nil.respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v4[i] = [i] }; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v3.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin
  class << v14
    begin; C8.class_eval("begin; v20 = C8.new(); rescue Exception; end\nbegin; v20.singleton_class.send(:remove_method, :m11); rescue Exception; end"); rescue Exception; end
    begin; C0.send(:undef_method, :m0); rescue Exception; end
    begin; v21 = C8.instance_method(:message); rescue Exception; end
  end
rescue Exception
end
begin; v22 = [10, 20, 30, 40][v16]; rescue Exception; end
