# Found by `gcstress hunt` on mruby-3.3.0 (seed 22, 10 minutes, 2026-12-03), minimized to 1 line;
# not a GC bug (it needs no schedule): Method#parameters called through a Method object of
# Method#parameters itself (a C method) crashes mruby 3.3.0 in mrb_proc_parameters
# (mrb_proc_parameters < method_parameters < exec_irep). The stock `mruby` binary crashes too.
# The same function as finding 11's `Method#parameters` of an alias_method alias.
#
# gcstress: schedule=none timeout=10s
# gcstress: expect=artichoke:ok,mruby-2.1.2:ok,mruby-3.1.0:ok,mruby-3.3.0:crash
# gcstress: root_cause=shape/method,call
0.method(:succ).method(:parameters).call()
