# Artichoke (5ffe348): Math.atan2 converts each argument with #to_f from Rust
# (coerce_to_float < math_atan2). A GC that mruby runs inside a failed malloc
# while that conversion is under way sweeps a value the Rust code still holds:
# Artichoke's own liveness check ("Value receiver for function call is dead")
# then finds its slot already free. A value held in Rust across a call that
# can allocate is not rooted. Found by `gcstress specs` on ruby/spec's
# core/math/atan2_spec.rb under mallocfail%50; `gcstress minimize` took that
# run from 1,629 lines to 2 in 10 s; this is the same program written out.
# Any one malloc from the 35th on, failed alone, shows it; mruby's own
# Math.atan2 (C) is fine.
#
# gcstress: vm=artichoke schedule=mallocfail@35 timeout=10s
# gcstress: expect=artichoke:dead-value,mruby-2.1.2:ok,mruby-3.1.0:ok,mruby-3.3.0:ok
# gcstress: root_cause=dead-value/freed/free@Value::funcall
module M
  class F < Numeric
    def initialize(v = 1.0); @v = v; end
    def to_f; @v; end
  end
end
begin
  Math.atan2(M::F.new, M::F.new)
rescue Exception => e
end
