# Found by the generator's hold-internal statement (kind hold-binding-local,
# generator version 6) while checking that each kind kills its barrier mutant:
# the *correct* mruby 3.3.0 failed too. Binding#local_variable_set of a
# variable that lives in an enclosing scope (here the block's `j`, seen from
# the binding's own local-variable space) writes the value into that upper
# env's stack (binding_local_variable_search walks up to it) but calls
# mrb_field_write_barrier on the binding's own env, a different object. When
# the upper env is already black in an incremental cycle and the value is
# still white, nothing marks the value: the sweep frees it while the env
# holds it (the verifier names the freed slot and the env). mruby master's binding.c has
# the same code. mruby 3.1.0 and 2.1.2 have no Binding#local_variable_set.
#
# gcstress: schedule=gen=off timeout=10s verify=on
# gcstress: expect=mruby-2.1.2:exception,mruby-3.1.0:exception,mruby-3.3.0:verifier
# gcstress: root_cause=freed-referenced/RString@str_new<-REnv/major
$v = ["b" * 3, 1, 2]               # the value: made before the cycle, held by a global array
GCStress.full
b = Array.new(1) { |j| binding }[0] # a binding of a returned block's frame (j's env closed)
GCStress.mark                       # a cycle starts; b and the envs it holds turn black
1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; b.local_variable_set(:j, $v.shift) }
GCStress.full                       # ends the cycle: the string is freed, j's env holds it
p b.local_variable_get(:j)
