require_relative '../../spec_helper'
require_relative 'fixtures/classes'

# mruby#5534, the bug that kept Artichoke's generational GC switched off for
# years: alias_method on a singleton class stored a freshly allocated REnv
# into an *old* method proc (Numeric#-@, defined in Ruby by mruby's mrblib)
# without a write barrier. A minor GC freed the REnv while the proc still
# pointed at it, the slot was reused, the next alias wrote through the
# dangling pointer and a later full GC crashed (mruby 2.1.2; fixed in 3.1.0).
#
# Plain Ruby only: GC.start makes everything old, allocation lets minor
# collections happen (under `gcstress specs`, a `minor%N` schedule forces
# them) and refills the heap. On a correct VM (and CRuby) it simply passes.
describe "alias_method of a Ruby-defined Numeric method in a singleton class" do
  it "keeps both aliases usable across collections and heap refills" do
    n = GCStressSpecs::Num.new(5)
    GC.start
    class << n
      alias_method :neg, :-@
    end
    procs = []
    300.times { procs << proc { } }
    class << n
      alias_method :neg2, :-@
    end
    GC.start
    n.respond_to?(:neg).should == true
    n.respond_to?(:neg2).should == true
    GCStressSpecs.outcome { n.neg }.should == GCStressSpecs.outcome { -n }
    GCStressSpecs.outcome { n.neg2 }.should == GCStressSpecs.outcome { -n }
  end

  it "keeps aliasing working on new objects after every refill and collection" do
    results = []
    12.times do |round|
      refill = []
      (round * 25 + 5).times { |i| refill << (i % 2 == 0 ? proc { i } : [i]) }
      m = GCStressSpecs::Num.new(round)
      class << m
        alias_method :again, :-@
      end
      GC.start
      results << m.respond_to?(:again)
    end
    results.should == [true] * 12
  end

  it "keeps aliases of other Ruby-defined methods usable on many instances" do
    nums = []
    4.times do |i|
      n = GCStressSpecs::Num.new(i)
      GC.start
      class << n
        alias_method :pos, :+@
        alias_method :neg, :-@
      end
      GCStressSpecs.churn(100)
      nums << n
    end
    GC.start
    nums.each do |n|
      GCStressSpecs.outcome { n.pos }.should == GCStressSpecs.outcome { +n }
      GCStressSpecs.outcome { n.neg }.should == GCStressSpecs.outcome { -n }
    end
  end
end
