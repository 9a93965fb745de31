begin; 74.send(:pow); rescue Exception; end
begin
  v0 = proc do
    begin; v1 = {:k0 => 34}; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  v2 = Class.new(Array) do
    begin
      Hash.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v3 = [a0, (3..4)]; rescue Exception; end
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.send(:call, k0: 42); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin; v0.call(self); rescue Exception; end
begin; C0.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v2.singleton_class.send(:undef_method, :each_pair); rescue Exception; end
begin; v4 = 17.5; rescue Exception; end
begin; v5 = v2.respond_to?(:m3); rescue Exception; end
begin
  def m4(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v6 = C0.new(); rescue Exception; end
    begin; v7 = v6.m1(); rescue Exception; end
    (3..6)
  end
rescue Exception
end
begin
  5.times do |i|
    begin
      v8 = "s3".gsub() do
        begin
          class C1 < Array
            begin; C0.send(:undef_method, :cycle); rescue Exception; end
            begin; C1.extend(Enumerable); rescue Exception; end
            begin
              def m5(a0, &blk)
                a0
              end
            rescue Exception
            end
            begin; C1.send(:alias_method, :m1, :m6); rescue Exception; end
          end
        rescue Exception
        end
        i
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = :y3; rescue Exception; end
begin; K0 = v5; rescue Exception; end
begin; v10 = Object.new(); rescue Exception; end
begin
  class C2 < String
    begin; v11 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v12 = []; rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v13 = 15.5.respond_to?(:m7, true); rescue Exception; end
begin
  class << v12
    begin
      def self.m8(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v14 = C2.new((0..5), k0: 3); rescue Exception; end
        begin
          C0.class_eval do
            GC.start
            begin; v15 = :upcase; rescue Exception; end
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    begin
      C2.send(:define_method, :m9) do |a0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v2.m10()
    11
  end
rescue Exception
end
begin; Range.send(:alias_method, :m11, :cycle); rescue Exception; end
begin; v16 = v12.clone; rescue Exception; end
begin; v10.singleton_class.send(:alias_method, :m5, :each_pair); rescue Exception; end
begin
  r1 = 0
  begin
  rescue => e
    begin
      v2.superclass() do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v17 = v2.clone; rescue Exception; end
        blk
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  ensure
    begin; Object.send(:alias_method, :m2, :each_pair); rescue Exception; end
  end
rescue Exception
end
begin; Enumerable.send(:alias_method, :m1, :cycle); rescue Exception; end
