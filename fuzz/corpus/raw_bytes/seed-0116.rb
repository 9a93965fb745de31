begin; v0 = Object.new(k0: 29); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; v1 = v0.singleton_class; rescue Exception; end
begin
  def m0(a0, &blk)
    begin; v2 = self.respond_to?(:m1, true); rescue Exception; end
    92
  end
rescue Exception
end
GC.start
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0.instance_variable_set(:@i0, self); rescue Exception; end
GC.start
begin; v0.singleton_class.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin
  Array.class_eval do
    begin
      class Exception
        begin; alias m0 backtrace; rescue Exception; end
        begin; alias_method :m2, :each_pair; rescue Exception; end
      end
    rescue Exception
    end
    begin; Object.send(:alias_method, :m0, :each_pair); rescue Exception; end
  end
rescue Exception
end
begin
  v3 = Proc.new do
    v0
  end
rescue Exception
end
begin; v4 = nil; rescue Exception; end
begin
  module M0
    begin; v5 = Object.new(); rescue Exception; end
    begin
      class C1 < String
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn2")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn2") || super
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
    begin
      def self.m0(a0, *rest)
        begin; v6 = (1..6).respond_to?(:m3); rescue Exception; end
        begin; raise ArgumentError, "x"; rescue Exception; end
        14.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v7 = proc do |a0, *rest, p0|
    begin
      class << v0
        begin
          v8 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; 56.public_send(:digits, k0: 9.5); rescue Exception; end
            true
          end
        rescue Exception
        end
        begin; v8.instance_variable_set(:@i1, self); rescue Exception; end
        begin
          def m2(a0, a1)
            begin; C1.extend(M0); rescue Exception; end
            begin; v9 = C1.new(nil, 19.5); rescue Exception; end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v4
  end
rescue Exception
end
begin; v7.singleton_class.send(:alias_method, :m0, :backtrace); rescue Exception; end
begin
  class Hash
    begin; alias_method :m4, :each_pair; rescue Exception; end
    begin; alias_method :m3, :m5; rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  module M2
    GC.start
  end
rescue Exception
end
begin
  class << v1
    begin
      C1.send(:define_method, :m6) do |o0 = 0|
        begin
          v10 = proc do |a0, a1|
            true
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  30.times do |i|
    begin
      10.times do |i|
        begin
          def m7()
            72
          end
        rescue Exception
        end
        begin
          def v7.m8(a0)
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
begin; v1.instance_variable_set(:@i3, v7); rescue Exception; end
begin
  class C3 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v11 = Object.new(); rescue Exception; end
    begin
      begin
        begin
          class C4 < C3
            begin; v12 = 20; rescue Exception; end
          end
        rescue Exception
        end
      rescue => e
        begin
          def m9(a0, *rest, p0)
            a0
          end
        rescue Exception
        end
      ensure
        begin
          v13 = Class.new(C3) do
            begin; v14 = (1..2).respond_to?(:m10); rescue Exception; end
            begin; v15 = v14.method(:m11).call(93, v14); rescue Exception; end
            begin; v16 = :y2; rescue Exception; end
          end
        rescue Exception
        end
        begin
          v17 = v11.send(:m11, k0: nil) do |a0, *rest|
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
begin; v3.singleton_class.send(:alias_method, :m1, :each_pair); rescue Exception; end
begin; v18 = v7.to_proc; rescue Exception; end
begin; v19 = [self, v3, v0]; rescue Exception; end
begin; v20 = Object.new(); rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; v21 = v4.respond_to?(:m4); rescue Exception; end
