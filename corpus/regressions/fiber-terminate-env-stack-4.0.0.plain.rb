# Plain Ruby, no gcstress: run with mruby 4.0.0's own `mruby` binary
# (see fiber-terminate-env-stack-4.0.0.rb for the root cause).
# Generational mode off and small GC ratios keep an incremental cycle open
# most of the time; each round makes a fiber whose frame env is captured by a
# method, lets a cycle start, then ends the fiber. When the fiber ends before
# the marker has reached its env, fiber_terminate frees the env's stack and
# the method reads its captured local from freed memory:
#   mruby 4.0.0:      fiber-terminate-env-stack-4.0.0.plain.rb:38: bad N (RuntimeError)   (a wrong value)
#   ASan build:       heap-use-after-free in mrb_vm_exec (the upvalue read)
#   mruby 3.3.0:      :ok
# Written by hand; fails within the first 100 rounds here.
GC.generational_mode = false
GC.interval_ratio = 10
GC.step_ratio = 10
$keep = [nil] + Array.new(3000) { |i| "s#{i}" }
def make
  $keep[0] = Fiber.new do
    a = "captured"
    nil.singleton_class.send(:define_method, :m3) { a }
    Fiber.yield
  end
  $keep[0].resume
  nil
end
def finish
  $keep[0].resume
  nil
end
def churn(n)
  n.times { "x" * 8 }
  nil
end
300.times do |k|
  make
  churn(1000 + (k * 37) % 2000)
  finish
  churn(20)
  raise "bad #{k}" unless nil.m3 == "captured"
end
p :ok
