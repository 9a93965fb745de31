begin; ($stash ||= []).concat(Array.new(8) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = Struct.new(:f0, :f1); rescue Exception; end
begin; v1 = v0.send(:new, k0: 16); rescue Exception; end
begin
  v2 = lambda do |a0|
    begin; 300.times { |i| [i, i] }; rescue Exception; end
    begin
      Array.send(:define_method, :m0) do |a0, o0 = 0|
        begin; v3 = a0.respond_to?(:m1); rescue Exception; end
        begin
          v4 = Class.new(Array) do
            begin; v5 = Struct.new(:f0); rescue Exception; end
            begin
              def m1()
                nil
              end
            rescue Exception
            end
            begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; C0.send(:alias_method, :m2, :each); rescue Exception; end
begin
  v1.m2(1) do
    begin
      module M1
        begin; alias m1 each; rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v6 = C0.new(); rescue Exception; end
begin
  class << v2
    begin
      r1 = 0
      begin
        begin
          def m3(a0, &blk)
            begin; v7 = Object.instance_method(:message); rescue Exception; end
            1.5
          end
        rescue Exception
        end
        begin
          10.times do |i|
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; C0.class_variable_set(:@@k1, :y5); rescue Exception; end
        begin; 10.times { |i| Object.new }; rescue Exception; end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    begin
      v8 = proc do
        begin
          v9 = ->() do
            17.5
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    begin
      class C2
        begin
          def m4()
            begin; v10 = Object.new(k0: (1..6)); rescue Exception; end
            71
          end
        rescue Exception
        end
        begin
          def m5(a0, *rest)
            begin; v11 = Object.new(k0: 2); rescue Exception; end
            begin; v12 = [rest].include?(v11); rescue Exception; end
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
begin; v13 = v1.respond_to?(:m6, true); rescue Exception; end
begin; v14 = C0.instance_method(:m3); rescue Exception; end
begin
  class << v2
    begin; v15 = nil; rescue Exception; end
    begin; v16 = C2.new(); rescue Exception; end
    begin; ($stash ||= []).concat(Array.new(7) { |j| { j => "h#{j}" } }); rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin
  def m7(o0 = 0)
    begin; Range.send(:alias_method, :m8, :positive?); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v17 = C0.class_variable_get(:@@k0); rescue Exception; end
