begin; ($stash ||= []).concat(Array.new(9) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = {}; rescue Exception; end
begin; v1 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v1.allocate(k0: :y3); rescue Exception; end
begin; v1.singleton_class.send(:remove_method, :"-@"); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  GC.start
  h1 = [nil, nil, nil]
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[2] = $stash.shift }
rescue Exception
end
begin; v1.send(:include, Comparable); rescue Exception; end
begin; p v0; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0[:m2] = $stash.shift }; rescue Exception; end
begin
  module M0
    begin
      begin
        begin
          def m1(a0, *rest)
            begin; v2 = [true]; rescue Exception; end
            begin; Object.const_set(:K0, v2); rescue Exception; end
            K0
          end
        rescue Exception
        end
        begin; v3 = nil; rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
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
      ensure
        begin
          def m2(a0, *rest, p0)
            begin; Object.send(:include, M0); rescue Exception; end
            rest
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
