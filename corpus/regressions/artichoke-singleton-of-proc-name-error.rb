# Not a GC bug: a NameError about the singleton class of a proc that prepends
# a module formats the class with Proc#inspect (type confusion). mruby 3.1
# and 3.3 print "#<Proc:...>" for the class (2.1.2 says "#<Class:#<Proc:...>>",
# as it should); Artichoke's mruby (3.2) reads the class as a
# proc's irep and dies in mrb_debug_get_filename (SIGSEGV; the stock
# `artichoke` binary crashes too, 4/5 runs). A sibling of
# prepend-remove-method-3.3.0.rb.
#
# Found by `gcstress hunt --vm artichoke --gen on` (seed 11, 82 s),
# minimized by gcstress to 3 lines.
#
# gcstress: schedule=none timeout=10s
# gcstress: expect=artichoke:crash,mruby-2.1.2:exception,mruby-3.1.0:exception,mruby-3.3.0:exception
v6 = proc do end
class << v6; Range.send(:define_method, :m1) do || end; self.send(:prepend, Comparable); end
v6.singleton_class.send(:remove_method, :floor)
