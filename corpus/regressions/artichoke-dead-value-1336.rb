# Artichoke's "Value receiver for function call is dead" (artichoke#1336,
# artichoke#1965), found by `gcstress hunt --vm artichoke` and minimized.
#
# A Hash reachable only through a constant is handed to Rust code (String#==)
# that calls back into Ruby. Before the call Artichoke asks mruby whether the
# receiver is dead by reading its colour -- but the collector is in the middle
# of a major cycle (MARK), where an unmarked live object is still white. The
# classifier runs a full GC in a forked copy: the Hash survives it intact, so
# this is a LIVE object MISJUDGED as dead (a host bug, not a use-after-free).
# Here String#== swallows the `fatal` and answers; elsewhere (Array#[] with
# #to_int, String#+) the `fatal` reaches the program. Plain form beside it:
# artichoke-dead-value-1336.plain.rb (dies on the stock `artichoke` 5/5).
#
# gcstress: vm=artichoke schedule=none timeout=10s
# gcstress: expect=artichoke:dead-value,mruby-2.1.2:ok,mruby-3.1.0:ok,mruby-3.3.0:ok
# gcstress: root_cause=dead-value/misjudged-live
K0 = {}
GCStress.mark
a = "" == K0
