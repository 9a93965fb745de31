# Found by `gcstress hunt --vm mruby-3.3.0` (seed 2026), minimized to 2 lines; not a GC bug
# (it needs no schedule): removing a missing method from an Array subclass that
# prepends Enumerable crashes mruby 3.3.0 while it formats the NameError -- the
# message's inspect of the class ends in Array#to_s called on the class object
# (mrb_name_error < mrb_vformat < mrb_obj_as_string < ... < mrb_ary_to_s <
# mrb_funcall < mrb_vm_find_method: SIGSEGV). The stock `mruby` binary crashes too.
# mruby 3.4.0 and 4.0.0 no longer crash but still format the wrong object:
# their NameError says "method 'm1' not defined in []" -- the prepended class's
# origin, an internal class, inspected as an Array (stock binaries, by
# `gcstress report`). mruby 3.1.0 says "undefined method '_inspect'".
#
# gcstress: schedule=none timeout=10s
# gcstress: expect=mruby-2.1.2:exception,mruby-3.1.0:exception,mruby-3.3.0:crash
# gcstress: root_cause=shape/prepend,remove_method
class A < Array; A.send(:prepend, Enumerable); end
A.send(:remove_method, :m1)
