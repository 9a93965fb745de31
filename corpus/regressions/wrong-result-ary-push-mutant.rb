# A dropped write barrier whose only symptom is a wrong value (issue 23): on
# the barrier mutant that drops mrb_ary_push's barriers, a string stashed
# before the cycle is pushed into an array the incremental collector has
# already marked black, so the cycle's sweep frees it while the array still
# points at it. The sweep is incremental too: the churn below reuses the slot
# before the cycle even ends, so no verifier check (not even --verify-all)
# sees a free slot, nothing crashes, and the program prints a churn string
# ("1024") instead of "p0p0p0". Before self-checks, exec --verify said ok.
# GCStress.keep records the string when it is stored; GCStress.expect reads it
# back through the array and sees another allocation in its slot: outcome
# wrong-result, signature wrong-result.RString.reused. On the correct VM it
# prints "p0p0p0" and is ok. (The generator's Stmt::Hold shape, kind
# hold-array-push, with its self-check.)
# With the slot quarantine (part of --verify) the freed slot is held back
# from reuse until its cycle has ended: the verifier's check at the VM's 4th
# GC sees the array's element in a free slot and names the store (outcome
# verifier, as expected below). GCSTRESS_QUARANTINE=0 shows the self-check on
# its own: wrong-result.
#
# gcstress: schedule=gen=off timeout=10s verify=on mutant=mrb_ary_push
# gcstress: expect=mruby-3.3.0:verifier
($stash ||= []).concat(Array.new(6) { |j| "p#{j}" * 3 })
GCStress.full
2000.times { |i| "w#{i}" * 2 }     # the VM's own cycles run (and are checked) first
GCStress.full
h110 = []
GCStress.mark; GCStress.mark       # a cycle held in MARK: the holder is black
1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h110 << GCStress.keep(110, $stash.shift) }
3000.times { |i| "c#{i}" * 3 }     # the VM's own steps sweep the string; a churn string takes its slot
p h110[0]
GCStress.expect(110, h110[0])
