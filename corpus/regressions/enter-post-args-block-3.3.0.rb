# mruby 3.3.0 (and 3.1.0, 3.4.0, 4.0.0, master 06ed794af): OP_ENTER of a method
# with a rest argument followed by post arguments (`def b(c, *rest, d)`),
# called with a block and with no argument for the rest. In the branch for
# fewer arguments than m1+o+r+m2 (src/vm.c, OP_ENTER; vm_op_enter on master)
# the post argument is moved down into its register -- the register where
# the caller left the block -- and only then is the empty rest array made
# with mrb_ary_new_capa. Meanwhile the block lives only in the C local `blk`
# (the other branch calls mrb_gc_protect on it; this one does not), so a GC
# in that allocation frees the block's RProc; OP_ENTER then stores the stale
# pointer into the block's register. Not a missing write barrier (the
# verifier's wording), a missing root: the proc is young and held by nothing.
# The verifier sees the frame's stack hold the freed slot after the next full
# GC (3.1.0: a register inside the caller's REnv, so it names the REnv).
#
# Found by `gcstress hunt` on mruby-3.3.0 (minimized to 3 lines); `send`
# because master makes a method defined in a block at the top level private.
# minor@6 is the rest array's allocation on 3.1.0..4.0.0; master allocates
# three more objects first (minor@9 there). 2.1.2 is ok under every minor@N
# tried and with the plain twin. enter-post-args-block-3.3.0.plain.rb shows it
# with the stock `mruby` (SIGSEGV calling the freed block).
# gcstress: schedule=minor@6 timeout=1s verify=on cap_forced=on
# gcstress: expect=mruby-2.1.2:ok,mruby-3.1.0:verifier,mruby-3.3.0:verifier
# gcstress: root_cause=freed-referenced/RProc@mrb_proc_new<-unknown/major|freed-referenced/RProc@mrb_proc_new<-REnv/major
1.times do || def b(c, *rest, d); GCStress.full; end; end
g = nil
g.send(:b, :y5, g) do || end
