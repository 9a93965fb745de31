begin; ($stash ||= []).concat(Array.new(9) { |j| Object.new }); rescue Exception; end
GC.start
begin; Numeric.send(:alias_method, :m0, :last); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  1.times do |i|
    begin; Object.send(:prepend, Comparable); rescue Exception; end
  end
rescue Exception
end
begin; v0 = ["s9", "s6"]; rescue Exception; end
GC.start
begin
  String.send(:define_method, :m1) do |a0, o0 = 0|
    begin; Hash.extend(Comparable); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :upto); rescue Exception; end
begin
  class << v0
    begin; 10.times { |i| proc { i } }; rescue Exception; end
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
begin; v1 = Float(v0); rescue Exception; end
begin; 8.times { |i| v0 << i.to_s }; rescue Exception; end
GC.start
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
