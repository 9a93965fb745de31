# mruby 3.2.0's generational GC "mark leakage" (introduced by mruby 375d22b,
# fixed upstream by b47c8b738 in 3.3.0), still in Artichoke's vendored mruby
# 3.2.0: a full GC that starts while a major cycle is half done finishes that
# cycle in clear_all_old but skips resetting the survivors to white, so the
# new full cycle never traverses them; objects allocated mid-cycle and held
# only by those black survivors (here the singleton class of A, referenced
# from a method proc) are swept while still referenced. Artichoke ships with
# generational GC off, where this path is not taken: this is one of the
# bugs in the way of turning it back on.
#
# Found by `gcstress hunt --vm artichoke --gen on` (seed 11, 115 s), minimized
# 126 -> 4 lines. mark@1 starts a major cycle at the first allocation.
#
# gcstress: schedule=mark@1,gen=on timeout=10s verify=on
# gcstress: expect=artichoke:verifier,mruby-3.2.0:verifier,mruby-2.1.2:ok,mruby-3.1.0:ok,mruby-3.3.0:ok
# gcstress: root_cause=freed-referenced/RClass@prepare_singleton_class<-RProc/major
150.times { || [] }
GCStress.step
GCStress.step
class A < Numeric; GCStress.full; end
