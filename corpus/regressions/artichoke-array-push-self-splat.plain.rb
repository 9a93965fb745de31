# Plain Ruby, no gcstress: run with Artichoke's own `artichoke` binary.
# Pushing an array's own splat onto it breaks its element buffer; the full GC
# then marks through it and the interpreter dies with SIGSEGV (10/10 on the
# stock binary built from 5ffe34823c7f, generational GC off as shipped).
v2 = [""]
v2.push(*v2)
GC.start
