GC.start
begin; Hash.send(:alias_method, :m0, :last); rescue Exception; end
GC.start
begin
  Hash.send(:define_method, :m0) do |o0 = 0|
    begin
      v0 = ->() do
        o0
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  String.send(:define_method, :m1) do |a0, a1|
    begin; Integer.send(:alias_method, :m2, :to_i); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v1 = Object.new(self, self); rescue Exception; end
begin
  v2 = Proc.new do |a0, a1|
    a0
  end
rescue Exception
end
begin
  class << v1
    begin; v3 = []; rescue Exception; end
    begin
      v4 = lambda do |a0, &blk|
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = Object.new(); rescue Exception; end
begin; v6 = Object.new(v5); rescue Exception; end
begin; v7 = Object.new(k0: v5); rescue Exception; end
