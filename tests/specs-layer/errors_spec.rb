require_relative '../../specs/spec_helper'
require_relative 'fixtures/broken'

describe "Loading" do
  it "passes: a fixture statement that raised did not stop the rest of the file" do
    BrokenFixture::AFTER.should == :loaded
    BrokenFixture.new.after_method.should == :ok
  end

  it "errors: unsupported helpers count as errors" do
    ruby_exe("p 1")
  end
end

describe "A describe body that raises" do
  it "is never run" do
    1.should == 1
  end
  raise "in the describe body"
end
