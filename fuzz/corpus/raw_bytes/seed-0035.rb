GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  String.send(:define_method, :m0) do |a0|
    begin; v1 = a0.method(:each_with_object); rescue Exception; end
    begin; v2 = ["s15", v0]; rescue Exception; end
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; Hash.send(:alias_method, :m0, :each_with_object); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; alias m1 i; rescue Exception; end
    GC.start
    begin
      :y5.empty?(1) do |a0, o0 = 0|
        begin
          def self.m1(a0)
            begin
              Integer.send(:define_method, :m1) do |a0, a1|
                a0
              end
            rescue Exception
            end
            true
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m0(a0, &blk)
    blk
  end
rescue Exception
end
begin
  class << v0
    GC.start
  end
rescue Exception
end
GC.start
begin; v0.extend(Enumerable); rescue Exception; end
begin
  class C0
    begin
      begin
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    begin; v3 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v0.m2(); rescue Exception; end
begin; v4 = v0.respond_to?(:m3); rescue Exception; end
begin; v5 = 37; rescue Exception; end
begin; v6 = v0.singleton_class; rescue Exception; end
begin; v7 = C0.new(); rescue Exception; end
begin
  class C1 < Array
    begin; v8 = []; rescue Exception; end
    begin
      def self.m2(a0, &blk)
        nil
      end
    rescue Exception
    end
    begin
      class C2
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
        begin; C2.extend(Comparable); rescue Exception; end
        begin; v9 = nil; rescue Exception; end
      end
    rescue Exception
    end
    begin; v8.singleton_class.send(:alias_method, :m4, :each_with_object); rescue Exception; end
  end
rescue Exception
end
begin; v10 = v7.instance_variable_get(:@i3); rescue Exception; end
begin
  class Numeric
    begin; alias m5 i; rescue Exception; end
  end
rescue Exception
end
begin; v11 = v6.new(); rescue Exception; end
begin
  module M3
    begin; v12 = 78.respond_to?(:m4, true); rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; v13 = (1..1); rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :i); rescue Exception; end
begin; p v5; rescue Exception; end
begin; v14 = Struct.new(:f0); rescue Exception; end
begin; v15 = [v11]; rescue Exception; end
begin; v16 = []; rescue Exception; end
