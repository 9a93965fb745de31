GC.start
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; K0 = 22; rescue Exception; end
begin
  3.times do |i|
    begin; 10.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; Hash.extend(Comparable); rescue Exception; end
begin
  class C0
    begin
      def m0()
        begin; C0.send(:alias_method, :m0, :downto); rescue Exception; end
        begin; ($stash ||= []).concat(Array.new(3) { |j| proc { j } }); rescue Exception; end
        10.5
      end
    rescue Exception
    end
    begin
      def m0(a0)
        a0
      end
    rescue Exception
    end
    GC.start
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
begin; true.public_send(:initialize, k0: 2); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(7) { |j| Object.new }); rescue Exception; end
begin; v0 = C0.instance_method(:m1); rescue Exception; end
begin
  class << v0
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
    begin; v1 = true.public_send(:m1); rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
    begin; v2 = C0.new(self); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v3 = C0.new(); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
GC.start
