GC.start
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; String.send(:alias_method, :m0, :"`"); rescue Exception; end
begin; Object.class_variable_set(:@@k1, nil); rescue Exception; end
begin; v0 = Object.new(2.5, "s17"); rescue Exception; end
begin; v0.instance_variable_set(:@i0, v0); rescue Exception; end
begin; Range.extend(Enumerable); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(5) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; v1 = Object.new(v0); rescue Exception; end
begin
  class << v1
    begin
      3.times do |i|
        begin; Hash.send(:alias_method, :m0, :m0); rescue Exception; end
      end
    rescue Exception
    end
    begin; v2 = (2..6); rescue Exception; end
  end
rescue Exception
end
begin; v3 = v0.clone; rescue Exception; end
begin
  v4 = proc do |a0, *rest|
    rest
  end
rescue Exception
end
begin
  class C0 < String
    begin
      1.times do |i|
        begin; alias m0 rpartition; rescue Exception; end
        begin
          2.times do |i|
            begin
              def self.m1(a0, a1)
                a0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
    begin; C0.instance_variable_set(:@k1, true); rescue Exception; end
    begin; v5 = true; rescue Exception; end
  end
rescue Exception
end
GC.start
