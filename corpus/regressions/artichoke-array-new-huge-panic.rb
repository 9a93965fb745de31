# Not a GC bug: Array.new with a length too large to allocate panics in
# Artichoke (Rust "capacity overflow" in its Array's Vec) and aborts the
# process, where mruby raises ArgumentError ("array size too big"). Found by
# `gcstress specs` over ruby/spec's core/array on artichoke (every schedule);
# the line here is gcstress's own.
#
# gcstress: schedule=none timeout=10s
# gcstress: expect=artichoke:panic,mruby-3.3.0:exception
# gcstress: root_cause=panic/capacity_overflow@array::initialize
Array.new(2**59)
