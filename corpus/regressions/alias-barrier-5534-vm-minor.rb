# The alias write-barrier bug (mruby#5534) with no GCStress.minor: the minor
# GC that frees the REnv mrb_alias_method stored into the old proc Numeric#-@
# (without mrb_field_write_barrier) is one the VM runs by itself while the
# procs below are allocated. Nothing crashes; only the heap verifier sees it,
# and only if it also checks the VM's own GCs: the default `--verify` samples
# them since the verifier's issue-23 change (before, only `--verify-all` did,
# and this file passed under `--verify`).
#
# gcstress: schedule=none timeout=10s verify=on
# gcstress: expect=mruby-2.1.2:verifier,mruby-3.1.0:ok,mruby-3.3.0:ok
# gcstress: root_cause=freed-referenced/REnv@mrb_alias_method<-RProc/minor
class Num < Numeric
  def initialize(v); @v = v; end
  def coerce(o); [o, @v]; end
end
n = Num.new(5)
GCStress.full                      # everything is old now, Numeric#-@'s proc too
class << n
  alias_method :neg, :-@           # the REnv, young, stored into an old proc
end
procs = []
1000.times { procs << proc { } }   # the VM runs a minor GC by itself: it frees the REnv
class << n
  alias_method :neg2, :-@          # writes through the dangling pointer
end
GCStress.full
puts "survived"
