GC.start
begin; v0 = Integer.instance_method(:m0); rescue Exception; end
begin; String.send(:alias_method, :m1, :last); rescue Exception; end
begin; v1 = v0.m2(); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  v3 = Proc.new do
    begin; v4 = {:k0 => 19.5}; rescue Exception; end
    begin
      class << v2
        begin; v5 = Object.new(); rescue Exception; end
        begin; 30.times { |i| v5.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v6 = v3.to_proc; rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v7 = [true, (1..1)]; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
begin; v6.freeze; rescue Exception; end
begin; v8 = "s11"; rescue Exception; end
begin
  def m5()
    begin; v9 = Object.new(nil); rescue Exception; end
    begin
      (1..4).exclude_end?(k0: "s16") do |k0: 1|
        begin; 10.times { |i| { i => i } }; rescue Exception; end
        begin
          v10 = proc do |a0|
            a0
          end
        rescue Exception
        end
        46
      end
    rescue Exception
    end
    "s15"
  end
rescue Exception
end
begin; v11 = v8.singleton_class; rescue Exception; end
begin
  def m4()
    (4..6)
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; v12 = Struct.new(:f0); rescue Exception; end
    begin; v13 = nil; rescue Exception; end
  rescue => e
    begin; v14 = v11.new(v0, *v7, k0: 3); rescue Exception; end
    begin
      module M0
        begin; 100.times { |i| "x" * 8 }; rescue Exception; end
        begin; v15 = nil.respond_to?(:m6, true); rescue Exception; end
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
