begin; ($stash ||= []).concat(Array.new(7) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = {}; rescue Exception; end
begin; Array.send(:alias_method, :m0, :to_h); rescue Exception; end
begin; Object.class_variable_set(:@@k2, 28); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  v1 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; Object.instance_variable_set(:@k0, v0); rescue Exception; end
    k0
  end
rescue Exception
end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  Integer.class_eval do
    begin
      self.method(:each).call() do |a0|
        begin; Object.send(:alias_method, :m1, :m1); rescue Exception; end
        begin
          v3 = ->(a0, &blk) do
            begin; v4 = v0.initialize_copy(); rescue Exception; end
            a0
          end
        rescue Exception
        end
        37
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0
    begin
      begin
        begin; C0.class_variable_set(:@@k0, 53); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; 300.times { |i| "x" * 8 }; rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = :y1.intern(k0: 2); rescue Exception; end
    begin
      v6 = proc do |a0, *rest|
        begin; v7 = []; rescue Exception; end
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; C0.extend(Comparable); rescue Exception; end
begin; v8 = [(3..3), v0]; rescue Exception; end
begin
  module M1
    begin; v9 = "s14".tr("s12", k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m2, :each); rescue Exception; end
begin; v10 = (2..6); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
GC.start
