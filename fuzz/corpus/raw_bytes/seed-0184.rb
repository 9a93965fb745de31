begin; v0 = Object.new(); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :between?); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :between?); rescue Exception; end
begin
  v1 = proc do |a0, &blk|
    v0
  end
rescue Exception
end
begin
  Hash.class_eval do
    begin; v2 = Object.new(v0); rescue Exception; end
    begin
      class << v1
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v3 = ->(a0, a1) do
    begin; 10.times { |i| Object.new }; rescue Exception; end
    begin
      Range.send(:define_method, :m0) do |a0, a1|
        (1..4)
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m2, :between?); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v4 = v1.to_proc; rescue Exception; end
begin
  class C0 < Array
    GC.start
  end
rescue Exception
end
begin; v5 = v1.dup; rescue Exception; end
begin; C0.class_variable_set(:@@k2, self); rescue Exception; end
begin
  v6 = ->(a0, a1) do
    begin; Comparable.send(:alias_method, :m3, :between?); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  def m4()
    nil
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v7 = v0.dup; rescue Exception; end
begin; v8 = v3.dup; rescue Exception; end
begin
  v9 = Class.new(Object) do
    begin; v10 = C1.new(k0: true); rescue Exception; end
    begin
      class C2 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v11 = 50; rescue Exception; end
        begin
          class Array
            begin; alias m0 union; rescue Exception; end
            begin; alias_method :m1, :union; rescue Exception; end
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
    begin
      10.times do |i|
        begin
          class << v10
            begin; p "s17"; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v10.singleton_class.send(:remove_method, :between?); rescue Exception; end
  end
rescue Exception
end
begin
  module M3
    begin; C1.send(:alias_method, :m5, :rstrip); rescue Exception; end
    begin
      v12 = proc do
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; v9.extend(M3); rescue Exception; end
