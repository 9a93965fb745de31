begin; ($stash ||= []).concat(Array.new(6) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin
  v0 = lambda do |a0, o0 = 0|
    begin; Object.instance_variable_set(:@k2, 67); rescue Exception; end
    :y1
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v1 = Proc.new do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
    begin
      v2 = proc do
        begin; alias m0 upto; rescue Exception; end
        v1
      end
    rescue Exception
    end
    begin
      module M1
        begin
          v3 = lambda do |a0, a1|
            begin
              def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
              def to_str; "c#{to_int}"; end
              def to_ary; [to_int, to_str]; end
              def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
              def hash; to_int.hash; end
              def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
              def ==(o); eql?(o); end
              def coerce(o); [o, to_int]; end
            rescue Exception
            end
            begin; v4 = :upcase; rescue Exception; end
            a1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:undef_method, :message); rescue Exception; end
begin; C0.send(:alias_method, :m1, :message); rescue Exception; end
begin; C0.send(:remove_method, :m2); rescue Exception; end
begin
  module M2
    begin
      v5 = proc do |a0, o0 = 0|
        begin; v6 = C0.instance_variable_get(:@k1); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      class << v5
        begin; v7 = C0.new(); rescue Exception; end
        begin; v8 = {:k0 => 29, :k1 => v7}; rescue Exception; end
        begin; v9 = v8.respond_to?(:m2); rescue Exception; end
      end
    rescue Exception
    end
    begin; K0 = 65; rescue Exception; end
  end
rescue Exception
end
begin; v10 = []; rescue Exception; end
begin; v11 = Array(44); rescue Exception; end
begin; p v0; rescue Exception; end
begin; v12 = Array(v0); rescue Exception; end
begin; v13 = Object.new(k0: 2); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; v14 = {:k0 => v13}; rescue Exception; end
begin
  class C3 < Numeric
    begin
      v15 = lambda do |a0|
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn1")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn1") || super
          end
        rescue Exception
        end
        :y4
      end
    rescue Exception
    end
    begin
      class << v15
        begin; v16 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; C3.send(:prepend, M1); rescue Exception; end
  end
rescue Exception
end
begin; v17 = C0.new(); rescue Exception; end
begin; K1 = v10; rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v18 = v0.instance_variable_get(:@i1); rescue Exception; end
GC.start
