require_relative '../../specs/spec_helper'

# BEGIN blocks parse in CRuby (and prism) but not in mruby: the file cannot
# be loaded, which the layer counts as one error.
BEGIN { $layer_begin = true }

describe "Syntax mruby does not have" do
  it "is never run" do
    $layer_begin.should == true
  end
end
