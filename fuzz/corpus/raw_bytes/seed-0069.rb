GC.start
begin
  v0 = proc do
    begin; v1 = Object.new(); rescue Exception; end
    begin; Object.send(:prepend, Enumerable); rescue Exception; end
    self
  end
rescue Exception
end
begin
  def m0(o0 = 0)
    o0
  end
rescue Exception
end
begin
  v0.instance_eval do
    begin; Object.instance_variable_set(:@k2, v0); rescue Exception; end
  end
rescue Exception
end
begin; v2 = nil; rescue Exception; end
begin
  10.times do |i|
    begin
      class << v0
        begin; v3 = Object.new(14); rescue Exception; end
        begin
          v4 = proc do |a0, *rest|
            begin; ($stash ||= []).concat(Array.new(7) { |j| { j => "h#{j}" } }); rescue Exception; end
            v3
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v5 = v0.to_proc; rescue Exception; end
  end
rescue Exception
end
begin; v6 = [[59], ["s14"]].flatten; rescue Exception; end
begin
  Integer.send(:define_method, :m1) do |a0, &blk|
    begin; v7 = v0.to_proc; rescue Exception; end
    begin; v0.instance_variable_set(:@i2, blk); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v8 = "s7"; rescue Exception; end
GC.start
