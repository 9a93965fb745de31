GC.start
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class C0
        begin; v0 = 2.5; rescue Exception; end
        begin; eval("begin; K0 = v0; rescue Exception; end"); rescue Exception; end
        begin; alias m0 zip; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise TypeError, "x"; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v1 = self.respond_to?(:m0, true); rescue Exception; end
begin
  class C1
    begin
      begin
        begin; 100.times { |i| "x" * 8 }; rescue Exception; end
        begin; "s5".send(:"[]="); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        GC.start
        begin; alias_method :m0, :clear; rescue Exception; end
      end
    rescue Exception
    end
    begin; Numeric.send(:alias_method, :m1, :m2); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m3, :zero?); rescue Exception; end
begin
  def m4(a0, &blk)
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; C0.send(:remove_method, :m5); rescue Exception; end
    nil
  end
rescue Exception
end
begin
  class << v1
    begin; alias_method :m6, :zero?; rescue Exception; end
  end
rescue Exception
end
begin
  5.times do |i|
    begin
      2.times do |i|
        begin
          class << v1
            begin; C0.send(:remove_method, :m7); rescue Exception; end
            begin
              def m0()
                6.5
              end
            rescue Exception
            end
            begin; v2 = K0.respond_to?(:m8); rescue Exception; end
          end
        rescue Exception
        end
        begin; p v1; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  v3 = proc do |a0, a1|
    begin; p v1; rescue Exception; end
    begin
      class << v1
        begin; v4 = Object.new(); rescue Exception; end
        begin
          def m3(a0)
            K0
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
begin; Enumerable.send(:alias_method, :m9, :zip); rescue Exception; end
begin; v5 = C0.new(); rescue Exception; end
begin
  class << v5
    begin
      v6 = proc do |a0, o0 = 0|
        a0
      end
    rescue Exception
    end
    begin; C0.send(:include, Comparable); rescue Exception; end
    begin; v7 = Object.new("s3", v6); rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m2()
        -0.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Object.send(:define_method, :m10, v3); rescue Exception; end
begin; v8 = v3.instance_variable_get(:@i3); rescue Exception; end
begin; v9 = C1.new(&v3); rescue Exception; end
begin; v10 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  v11 = proc do
    v8
  end
rescue Exception
end
begin
  v11.singleton_class.send(:define_method, :m6) do
    begin
      class String
        begin; alias_method :m11, :lines; rescue Exception; end
      end
    rescue Exception
    end
    begin; v12 = :y2.respond_to?(:m9, true); rescue Exception; end
    nil
  end
rescue Exception
end
begin; v13 = Object.new(); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin; v14 = [17.5, v8]; rescue Exception; end
begin; v15 = v3.clone; rescue Exception; end
begin; C1.send(:define_method, :m6, v3); rescue Exception; end
begin; v10.extend(Enumerable); rescue Exception; end
begin; v16 = v11.respond_to?(:m4); rescue Exception; end
begin; v17 = C2.new(); rescue Exception; end
begin; true.m7("s19"); rescue Exception; end
begin
  module M3
    begin
      def m5(a0, o0 = 0)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
