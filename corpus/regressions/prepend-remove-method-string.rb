# The String flavour of prepend-remove-method-3.3.0.rb, found by the 10-minute
# mruby-3.1.0 campaign (docs/campaigns.md): it crashes 3.1.0 too (the Array flavour
# only raises NameError there). Formatting the NameError for a missing method calls
# the core class's to_s on the class object. Stock `mruby` 3.1.0 and 3.3.0 crash.
#
# gcstress: schedule=none timeout=10s
# gcstress: expect=mruby-2.1.2:exception,mruby-3.1.0:crash,mruby-3.3.0:crash
# gcstress: root_cause=shape/prepend,remove_method
class A < String; end
A.send(:prepend, Enumerable)
A.send(:remove_method, :m8)
