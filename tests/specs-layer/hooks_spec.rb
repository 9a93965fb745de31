require_relative '../../specs/spec_helper'
require_relative 'fixtures/shared'

describe "Hooks" do
  before :all do
    ScratchPad.record []
    ScratchPad << :before_all
  end

  before :each do
    ScratchPad << :before_each
  end

  after :each do
    ScratchPad << :after_each
  end

  it "passes: run before(:all) once, then before(:each)" do
    ScratchPad.recorded.should == [:before_all, :before_each]
  end

  it "passes: run after(:each) after the previous example" do
    ScratchPad.recorded.should == [:before_all, :before_each, :after_each, :before_each]
  end

  describe "nested" do
    before :each do
      ScratchPad << :inner_each
    end

    it "passes: run the outer before(:each) first, and the outer before(:all) again" do
      ScratchPad.recorded.last(3).should == [:before_all, :before_each, :inner_each]
    end
  end
end

describe "Hooks that raise" do
  before :each do
    raise "hook"
  end

  it "errors: before(:each) raised" do
    1.should == 1
  end
end

describe "Shared specs" do
  it_behaves_like :layer_shared, :upcase, "abc"
  it_behaves_like :layer_shared, :downcase, "ABC"
end

describe "Instance variables" do
  before :each do
    @value = 42
  end

  it "passes: set in before(:each) are seen by the example" do
    @value.should == 42
  end
end
