begin; ($stash ||= []).concat(Array.new(12) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin
      def m0(a0, a1)
        begin; v1 = (3..3).method(:message); rescue Exception; end
        begin; v2 = (62..2.5).include?(62); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      v3 = proc do |a0, a1|
        begin; Range.send(:alias_method, :m1, :m2); rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  self.public_send(:m3, 1) do |a0, &blk|
    begin; String.send(:alias_method, :m4, :m3); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin; v4 = v0.send(:m5, v0, k0: 3); rescue Exception; end
begin
  class C0 < Hash
    begin; C0.send(:alias_method, :m1, :tally); rescue Exception; end
    begin
      v5 = ->(a0) do
        begin
          def m6()
            2.5
          end
        rescue Exception
        end
        begin; v6 = C0.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      def self.m0(a0, a1)
        a0
      end
    rescue Exception
    end
    begin; Hash.send(:alias_method, :m7, :message); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v7 = C0.instance_method(:tally); rescue Exception; end
begin; v8 = v4.send(:m8, 1); rescue Exception; end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v4
    begin; alias m9 m6; rescue Exception; end
    begin; C0.class_variable_set(:@@k2, nil); rescue Exception; end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:undef_method, :tally); rescue Exception; end
begin; C0.instance_variable_set(:@k0, v0); rescue Exception; end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v9 = v0.clone; rescue Exception; end
begin; v10 = "s10".tr_s(); rescue Exception; end
begin
  class Exception
    begin; alias m10 message; rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v7.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
GC.start
