# Artichoke: pushing an array's own splat onto it (`a.push(*a)`) leaves the
# array's element buffer broken; the next full GC marks through it and dies
# in mrb_gc_mark (SIGSEGV). Artichoke's shipping configuration (generational
# GC off) and the stock `artichoke` binary too: with `GC.start` in place of
# GCStress.full it crashes 10/10 (artichoke-array-push-self-splat.plain.rb);
# under gcstress's worker only some runs crash (half of them once; 1 in 5,
# or none in 5, on 2026-12-04): what the GC finds in the broken buffer varies. mruby 2.1.2, 3.1.0, 3.3.0
# are fine.
#
# Why (by reading Artichoke 5ffe348 and by experiment): Array#push
# (extn/core/array/trampoline.rs, `push`) takes its arguments as a slice
# from mrb_get_args("*"), unboxes the receiver's buffer into a Vec and
# extends that Vec from the slice. For `a.push(*a)` the slice is the
# receiver's own element buffer: when the Vec grows, the old buffer is freed
# while the slice is still being read, and garbage lands in the array.
# `a.push(*a.dup)` and `a.concat(a)` are fine on the same binary.
#
# Found by `gcstress hunt --vm artichoke --gen off` (seed 11, 1408 s),
# minimized 62 -> 4 lines; reduced by hand to 3. `append` is Array#push by
# another name, the same bug (`GCSTRESS_VM=artichoke cargo fuzz run gc_alias`
# found `v9.append(*v9)`, shape/append, on 2026-12-04): the extra root_cause
# key says so.
#
# gcstress: schedule=none timeout=10s
# gcstress: root_cause=shape/append
# gcstress: expect=artichoke:crash,mruby-2.1.2:ok,mruby-3.1.0:ok,mruby-3.3.0:ok
v2 = [""]
v2.push(*v2)
GCStress.full
