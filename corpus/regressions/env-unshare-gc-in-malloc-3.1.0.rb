# mruby 3.1.0: a GC inside the malloc of mrb_env_unshare frees the env being
# unshared. When a method whose frame has an env (a proc captured its locals)
# returns, cipop drops the frame and then copies the env's stack to the heap;
# if that malloc fails, mruby collects and retries -- and the env, referenced
# by neither the popped frame nor the discarded proc, is freed. The copy is
# then written to e->stack, which is the same word as the free-list link of
# the freed slot: the next allocations follow the link into the copied stack
# (SIGSEGV in mrb_obj_alloc; ASan: heap-buffer-overflow in mrb_obj_alloc).
# Fixed upstream in 3.2.0 by be3c0e5f4 ("Improve out-of-memory tolerance of
# mrb_env_unshare()": check whether e died in the GC). This is most of 3.1.0's
# crashes under `mallocfail` (23 of 26 signatures of a 90 s hunt are gone
# with that check alone on a scratch copy; the ar_set/ht_init order fix
# 2d9ecc660 and the fiber_init fix a82a3533e, both also in 3.2.0, take two
# more; the last is method-object-gc-in-malloc-3.1.0.rb).
#
# Written by hand from that diagnosis; every malloc fails once, so the
# allocation that hits is always the unshare.
# gcstress: schedule=mallocfail%1 timeout=10s
# gcstress: expect=mruby-3.1.0:crash,mruby-3.3.0:ok,mruby-2.1.2:ok
# gcstress: root_cause=gc-in-malloc/mrb_env_unshare
def m
  x = "local"
  proc { x }
  nil
end
m
a = []
50.times { |i| a << "s#{i}" }
p a.size
