# Plain Ruby, no gcstress: run with Artichoke's own `artichoke` binary.
# GC.step_ratio = 1 makes each incremental GC step tiny, so after the
# allocations below the collector sits in MARK; the Hash in K0 is live but not
# yet marked (white), and Artichoke's liveness check calls it dead:
#   fatal: Value receiver for function call is dead ... (artichoke#1336)
# Minimized by gcstress (reduce/plain.rs) from the hunt find; 5/5 on the stock binary.
GC.step_ratio = 1
eval("begin; v0 = {}; rescue Exception; end\nbegin; K0 = v0; rescue Exception; end")
725.times { [] }
a = "" == K0
