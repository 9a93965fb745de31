begin; ($stash ||= []).concat(Array.new(9) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; v0 = 17.5.respond_to?(:m0, true); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = Integer.instance_method(:m1); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; v3 = [74, v2, self]; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(8) { |j| proc { j } }); rescue Exception; end
begin; v4 = { v3 => 1, v1 => 2 }[v3]; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin
  class C0 < Numeric
    begin
      class C1
        begin
          r1 = 0
          begin
            begin
              def m2(a0, &blk)
                a0
              end
            rescue Exception
            end
          rescue => e
            begin
              def method_missing(name, *args, &blk)
                if name.to_s.start_with?("dyn1")
                  [name, args.size, blk]
                else
                  super
                end
              end
              def respond_to_missing?(name, priv = false)
                name.to_s.start_with?("dyn1") || super
              end
            rescue Exception
            end
            begin; alias m3 m2; rescue Exception; end
            r1 += 1
            retry if r1 < 2
          end
        rescue Exception
        end
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
        begin
          def m2(o0 = 0)
            begin; v5 = true.public_send(:m4); rescue Exception; end
            o0
          end
        rescue Exception
        end
        begin; v6 = 71; rescue Exception; end
      end
    rescue Exception
    end
    begin; v7 = {:k0 => :y4}; rescue Exception; end
    begin; v8 = v7.method(:zip); rescue Exception; end
    begin; 8.times { |i| v7[i] = [i] }; rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < Hash
    begin; Enumerable.send(:alias_method, :m5, :zip); rescue Exception; end
    begin; v9 = Object.new("s9", k0: 3); rescue Exception; end
    begin
      class C3
        begin
          v10 = lambda do
            begin; alias_method :m5, :zip; rescue Exception; end
            7
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
  3.times do |i|
  end
rescue Exception
end
begin
  class << v3
    begin
      String.class_eval do
        begin
          C1.send(:define_method, :m4) do
            begin; v11 = C1.new("s4", 15.5); rescue Exception; end
            true
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
    begin
      begin
        begin; C0.send(:alias_method, :m6, :m7); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    begin; v12 = "s8".method(:m8); rescue Exception; end
  end
rescue Exception
end
begin; self.m2(k0: 2); rescue Exception; end
begin; v13 = Struct.new(:f0, :f1); rescue Exception; end
begin; C2.instance_variable_set(:@k0, true); rescue Exception; end
begin; v13.singleton_class.send(:alias_method, :m0, :select); rescue Exception; end
begin
  class << v3
    begin
      v14 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
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
        a0
      end
    rescue Exception
    end
    begin; v15 = C2.new(v14, "s9"); rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v15[:m0] = $stash.shift }; rescue Exception; end
  end
rescue Exception
end
begin; v16 = v13.new(*v3); rescue Exception; end
begin; C0.send(:undef_method, :m9); rescue Exception; end
begin; v17 = []; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(3) { |j| proc { j } }); rescue Exception; end
begin
  class << v4
    begin
      def m10(k0: 1)
        begin; v18 = true; rescue Exception; end
        begin; v19 = (0..3); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin; v20 = {}; rescue Exception; end
    begin; K0 = v20; rescue Exception; end
  end
rescue Exception
end
begin
  class Struct
    begin; alias_method :m8, :select; rescue Exception; end
    begin; alias_method :m11, :select; rescue Exception; end
  end
rescue Exception
end
begin; v21 = (v0..v4).include?(v0); rescue Exception; end
GC.start
