# Found by `gcstress hunt` on mruby-3.3.0 (seed 22, 10 minutes, 2026-12-03), minimized to 2 lines.
# Generational mode only (mruby's default; Artichoke's gen=on): a fiber created inside a running
# fiber's block is freed by a minor GC while an old REnv still holds it (the verifier's heap scan
# finds its address in the env's stack block; `trace --crash`: no barrier call logged between the
# store and the freeing minor GC). Not yet diagnosed: mruby 3.1.0, 3.4.0 and 4.0.0 end `ok` under
# this schedule, which may only mean the timing moved.
#
# gcstress: schedule=minor%14 timeout=10s verify=on cap_forced=on
# gcstress: expect=artichoke:verifier,mruby-2.1.2:ok,mruby-3.1.0:ok,mruby-3.3.0:verifier
# gcstress: root_cause=freed-referenced/RFiber@mrb_instance_alloc<-REnv/minor
$stash ||= Array.new(9) { || "p#{}" * 0 }
2.times do || d = Fiber.new do || b = Fiber.new do || end; $a = proc {  }; end.resume(); end
