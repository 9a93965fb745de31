# Found by `gcstress hunt --vm mruby-3.1.0 --seed 2026` (10-minute campaign), minimized
# from 146 lines to 1: Kernel#method (mruby-method) builds a Method object and sets its
# ivars; when a malloc fails on the way (here the program's first), mruby runs a
# full GC inside mrb_realloc and retries -- and that GC frees an object the Method is
# about to store: the next ivar store's write barrier reads the freed slot (SIGSEGV in
# mrb_field_write_barrier < mrb_obj_iv_set_force < mrb_obj_iv_set < mrb_kernel_method).
# mruby's own MRB_GC_STRESS build runs a full GC in every realloc, so it is the same
# path. 3.3.0 and 2.1.2 do not crash (each of their mallocs while it runs, failed
# alone, is fine; mallocs are counted only while the program's code runs).
# `gcstress trace` on a recording shows the last barriers before the fault.
#
# gcstress: schedule=mallocfail@1 timeout=10s
# gcstress: expect=mruby-3.1.0:crash,mruby-3.3.0:ok,mruby-2.1.2:ok
# gcstress: root_cause=gc-in-malloc/iv_new
1.times do || lambda do || end.method(:call); end
