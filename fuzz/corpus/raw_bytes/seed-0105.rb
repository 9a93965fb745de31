GC.start
begin
  v0 = self.finite?(nil) do
    begin; p "s6"; rescue Exception; end
    (0..4)
  end
rescue Exception
end
begin
  v0.m0(v0, k0: 3) do |k0: 1, **kws|
    begin
      v1 = lambda do |a0|
        begin; v2 = Object.new(a0); rescue Exception; end
        (4..7)
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
GC.start
begin
  Hash.send(:define_method, :m1) do
    begin; v3 = v0.send(:m2, v0); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v4 = Object.new(k0: 2); rescue Exception; end
begin
  v5 = v4.m3(nil) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; self.public_send(:message, v0); rescue Exception; end
    begin
      Range.send(:define_method, :m4) do |a0, a1|
        begin
          class C0
            begin
              def m5()
                97
              end
            rescue Exception
            end
            begin; C0.send(:alias_method, :m6, :finite?); rescue Exception; end
          end
        rescue Exception
        end
        begin
          class << v4
            begin
              def m4(a0, &blk)
                83
              end
            rescue Exception
            end
            begin; self.send(:include, Comparable); rescue Exception; end
            begin
              def m7()
                81
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    71
  end
rescue Exception
end
begin; v6 = v4.singleton_class; rescue Exception; end
begin; v7 = 90; rescue Exception; end
begin; C0.send(:alias_method, :m8, :message); rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
