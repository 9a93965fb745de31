begin; v0 = {}; rescue Exception; end
begin; v1 = v0.dup; rescue Exception; end
begin; 8.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v2 = v0.singleton_class; rescue Exception; end
begin
  module M0
    begin
      v3 = 12.5.message() do
        nil
      end
    rescue Exception
    end
    GC.start
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
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
