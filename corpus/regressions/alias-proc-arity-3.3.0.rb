# Found by gcstress while introspecting mruby 3.3.0: asking the arity of a
# method that mrblib defines with `alias` crashes the VM. 3.3.0 reimplemented
# alias as a new RProc whose body holds the original method's id (not an irep);
# Method#arity -> mrb_proc_arity reads it as an irep. Not a GC bug, but a crash
# with plain Ruby on the stock `mruby` binary:
#   mruby -e 'p Addrinfo.instance_method(:to_s).arity'
#
# gcstress: schedule=none timeout=10s
# gcstress: expect=mruby-2.1.2:exception,mruby-3.1.0:ok,mruby-3.3.0:crash
# gcstress: root_cause=shape/instance_method,arity
p Addrinfo.instance_method(:to_s).arity
