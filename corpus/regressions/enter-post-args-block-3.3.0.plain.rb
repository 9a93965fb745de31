# Plain Ruby, no gcstress: run with the stock `mruby` binary
# (see enter-post-args-block-3.3.0.rb for the root cause).
# Each call passes a fresh block to a method with a rest argument followed by
# a post argument and nothing for the rest; the VM's own (generational) GC
# runs now and then, and when it runs in the allocation of the empty rest
# array it frees the block, so `k` is a freed or reused slot:
#   mruby 3.1.0, 3.3.0, 3.4.0, 4.0.0, master 06ed794af: SIGSEGV (ASan build: SEGV in mrb_vm_exec)
#   mruby 2.1.2:      :ok
# Written by hand from the diagnosis.
def b(c, *rest, d, &k)
  s = "s" + "t"
  k.call
end
g = nil
100000.times do
  r = b(:y5, g) { 42 }
  raise "bad #{r.inspect}" unless r == 42
end
p :ok
