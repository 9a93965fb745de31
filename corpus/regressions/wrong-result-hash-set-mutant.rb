# The same wrong value through Hash#[]= (issue 23): on the barrier mutant
# that drops mrb_hash_set's barriers, a stashed string stored into a hash the
# incremental collector has already marked black is swept while the hash
# holds it, and churn reuses its slot within the same incremental sweep. The
# program prints "1024" instead of "p0p0p0"; exec --verify (even
# --verify-all) said ok before self-checks. The self-check reads the value
# back through the hash and sees another allocation in its slot: outcome
# wrong-result, signature wrong-result.RString.reused. Correct VM: ok.
# (The generator's Stmt::Hold shape, kind hold-hash-set, with its self-check.)
# With the slot quarantine (part of --verify) the freed slot is held back
# from reuse until its cycle has ended: the verifier's check at the VM's 4th
# GC sees the hash's element in a free slot and names the store (outcome
# verifier, as expected below). GCSTRESS_QUARANTINE=0 shows the self-check on
# its own: wrong-result.
#
# gcstress: schedule=gen=off timeout=10s verify=on mutant=mrb_hash_set
# gcstress: expect=mruby-3.3.0:verifier
($stash ||= []).concat(Array.new(6) { |j| "p#{j}" * 3 })
GCStress.full
2000.times { |i| "w#{i}" * 2 }
GCStress.full
h130 = {}
GCStress.mark; GCStress.mark
1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h130[:m0] = GCStress.keep(130, $stash.shift) }
3000.times { |i| "c#{i}" * 3 }
p h130[:m0]
GCStress.expect(130, h130[:m0])
