begin; ($stash ||= []).concat(Array.new(7) { |j| Object.new }); rescue Exception; end
GC.start
begin; K0 = "s2"; rescue Exception; end
begin; Range.send(:alias_method, :m0, :each); rescue Exception; end
begin
  class C0 < StandardError
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; C0.send(:remove_method, :m1); rescue Exception; end
        begin; v0 = {:k0 => K0}; rescue Exception; end
        begin; v1 = Object.new(); rescue Exception; end
        begin; alias m2 positive?; rescue Exception; end
      end
    rescue Exception
    end
    begin
      self.each() do
        begin
          Array.send(:define_method, :m0) do
            begin; v2 = C1.new(k0: 2); rescue Exception; end
            :y5
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
begin; Kernel.send(:alias_method, :m3, :loop); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = v3.respond_to?(:m2); rescue Exception; end
begin; v5 = "s15".send(:"<<"); rescue Exception; end
begin
  def v3.m4()
    GC.start
    :y4
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v3.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; v6 = [v5]; rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = nil; rescue Exception; end
begin; v9 = [47, v4].max; rescue Exception; end
begin
  v10 = Class.new(Object) do
    begin; Range.send(:alias_method, :m5, :each); rescue Exception; end
    begin
      2.times do |i|
        begin
          def m2(a0, o0 = 0, *rest, k0: 1, &blk)
            begin
              C2.send(:define_method, :m6) do |a0, *rest, p0|
                a0
              end
            rescue Exception
            end
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
begin
  10.times do |i|
  end
rescue Exception
end
begin; v11 = [self, v8, 19.5]; rescue Exception; end
