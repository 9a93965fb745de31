GC.start
begin; eval(""); rescue Exception; end
begin
  v0 = ->(o0 = 0) do
    begin; v1 = [64, true]; rescue Exception; end
    o0
  end
rescue Exception
end
GC.start
begin
  class << v0
    begin
      class C0 < Hash
        begin
          class Exception
            begin; alias_method :m0, :message; rescue Exception; end
          end
        rescue Exception
        end
        begin
          module M1
            begin; 300.times { |i| "x" * 8 }; rescue Exception; end
            GC.start
            GC.start
          end
        rescue Exception
        end
      end
    rescue Exception
    end
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
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
