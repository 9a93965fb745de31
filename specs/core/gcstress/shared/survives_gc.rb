# A method made by @object (a lambda returning [receiver, expected]) answers
# @method with the expected value before and after the heap is collected
# and refilled.
describe :gcstress_survives_gc, shared: true do
  it "answers before a collection" do
    receiver, expected = @object.call
    receiver.send(@method).should == expected
  end

  it "answers after a full collection and a heap refill" do
    receiver, expected = @object.call
    GC.start
    keep = GCStressSpecs.churn(200)
    GC.start
    receiver.send(@method).should == expected
    keep.size.should == 600
  end
end
