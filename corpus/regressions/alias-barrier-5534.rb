# The alias write-barrier bug (mruby#5534, the crash that kept Artichoke's
# generational GC switched off): mrb_alias_method stores a freshly allocated
# REnv into an *old* method proc (here Numeric#-@, defined in Ruby by mruby's
# mrblib) without mrb_field_write_barrier. A minor GC frees the REnv while the
# proc still points at it; the slot is reused; the second alias writes the
# method id into whatever object lives there now; a full GC then marks garbage.
# Fixed in mruby 3.1.0 (barrier added); 3.3.0 reimplemented alias.
#
# gcstress: schedule=none timeout=10s
# gcstress: expect=mruby-2.1.2:crash,mruby-3.1.0:ok,mruby-3.3.0:ok
# gcstress: root_cause=freed-referenced/REnv@mrb_alias_method<-RProc/minor
class Num < Numeric
  def initialize(v); @v = v; end
  def coerce(o); [o, @v]; end
end
n = Num.new(5)
GCStress.full                      # everything is old now, Numeric#-@'s proc too
class << n                         # a singleton class ...
  alias_method :neg, :-@           # ... aliases a Ruby-defined Numeric method
end
GCStress.minor                     # frees the REnv the old proc points at
procs = []
300.times { procs << proc { } }    # refill the heap with procs
class << n
  alias_method :neg2, :-@          # writes through the dangling pointer
end
GCStress.full                      # marks the corrupted proc
puts "survived"
