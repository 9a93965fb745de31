# mruby 4.0.0 (and master at 06ed794af): a fiber that ends while a major GC
# cycle is marking can leave its frame's env pointing at a freed stack.
# fiber_terminate (src/vm.c, since f3b393272 "Free stack memory at end of
# fiber") shrinks the fiber's stack into the env, then asks
# mrb_object_dead_p(env) whether to keep it; during the mark phase that is
# true of every object the marker has not reached yet (they still carry the
# white the cycle flipped away from), so a live env's new stack is freed and
# env->stack keeps the old, freed block. The closure reads its captured
# locals from freed memory, and the next time the GC marks the env it walks
# the freed block (heap-use-after-free in gc_mark_children, MRB_TT_ENV).
# mrb_env_unshare has the same test but only after a GC ran inside its
# realloc (`live != mrb->gc.live`); fiber_terminate needs the same guard, or
# a check that the env is white *and* the collector is sweeping.
#
# Found by `gcstress hunt --vm mruby-4.0.0 --seed 11` (as a verifier finding:
# re-marking the heap died), confirmed and reduced by hand on the ASan build:
# the fiber sits at the front of a long array so the marker reaches its env
# late; GCStress.mark opens the cycle before the fiber's last resume.
# mruby 4 is added with `gcstress vm add mruby-4.0.0-asan --src DIR --asan`.
# fiber-terminate-env-stack-4.0.0.plain.rb shows it with the stock `mruby`.
# gcstress: vm=mruby-4.0.0-asan schedule=none timeout=10s
# gcstress: expect=mruby-4.0.0-asan:asan,mruby-4.0.0:crash,mruby-3.3.0:ok,mruby-3.1.0:ok,mruby-2.1.2:ok
# gcstress: root_cause=freed-referenced/RString@str_new<-RArray/major
$keep = [nil] + Array.new(3000) { |i| "s#{i}" }
$keep[0] = Fiber.new do
  a = "captured"
  nil.singleton_class.send(:define_method, :m3) { a }
  Fiber.yield
end
$keep[0].resume
GCStress.mark
$keep[0].resume
p nil.m3
