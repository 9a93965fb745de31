# The alias write-barrier bug (mruby#5534) when the REnv's slot has held
# other objects before: string churn leaves freed slots behind, the REnv that
# mrb_alias_method stores into the old proc Comparable#== without a barrier
# lands in one, and a minor GC frees it again. Found by the gc_alias fuzz
# target on mruby-2.1.2 (scripts/fuzz-compare), minimized by gcstress. The
# verifier must name the REnv, not the string the slot held earlier (a proc's
# fields cannot point at a string): signature
# verifier.RProc.REnv.mrb_alias_method.
#
# gcstress: schedule=minor@517 timeout=10s verify=on
# gcstress: expect=mruby-2.1.2:verifier,mruby-3.1.0:ok,mruby-3.3.0:ok
# gcstress: root_cause=freed-referenced/REnv@mrb_alias_method<-RProc/minor
3.times do || 91.times { || :"@g#{}" }; end
Comparable.send(:alias_method, :m4, :"==")
GCStress.minor
