require_relative '../../specs/spec_helper'

# A spec whose result depends on the GC schedule by design (it asks the
# worker's GCStress module how many collections were forced): passes without
# forced GCs, fails under minor%N. tests/specs.rs uses it to check that
# `gcstress specs` reports a divergence between schedules and minimizes it.
describe "A result that depends on the schedule" do
  it "passes: no collection was forced" do
    [1, 2, 3].map { |x| x.to_s }
    GCStress.stats[:forced_minor].should == 0
  end
end
