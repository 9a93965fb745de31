# Not a GC bug: Module#const_get with an empty path segment ("B::::X")
# panics in Artichoke (Rust "capacity overflow" under mrb_intern) instead of
# raising NameError as mruby does. Found by `gcstress specs` over ruby/spec's
# core/module/const_get_spec.rb on artichoke (every schedule); the 2 lines
# here are gcstress's own.
#
# gcstress: schedule=none timeout=10s
# gcstress: expect=artichoke:panic,mruby-2.1.2:exception,mruby-3.1.0:exception,mruby-3.3.0:exception
# gcstress: root_cause=panic/capacity_overflow@mrb_intern
module A; class B; end; end
A.const_get("B::::X")
