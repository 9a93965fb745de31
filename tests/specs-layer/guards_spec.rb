require_relative '../../specs/spec_helper'

describe "Guards" do
  ruby_version_is ""..."1.0" do
    it "never runs: ruby_version_is below 1.0" do
      1.should == 2
    end
  end

  ruby_version_is "1.0" do
    it "passes: ruby_version_is 1.0 and later" do
      1.should == 1
    end
  end

  platform_is :windows do
    it "never runs: platform_is :windows" do
      1.should == 2
    end
  end

  platform_is_not :windows do
    it "passes: platform_is_not :windows" do
      1.should == 1
    end
  end

  platform_is :linux do
    it "passes: platform_is :linux" do
      1.should == 1
    end
  end

  not_supported_on :opal do
    it "passes: not_supported_on :opal" do
      1.should == 1
    end
  end

  ruby_bug "#1", ""..."99" do
    it "passes: ruby_bug blocks run on mruby" do
      1.should == 1
    end
  end

  guard -> { false } do
    it "never runs: guard false" do
      1.should == 2
    end
  end

  guard_not -> { false } do
    it "passes: guard_not false" do
      1.should == 1
    end
  end

  with_feature :no_such_feature do
    it "never runs: with_feature of an unknown feature" do
      1.should == 2
    end
  end

  it "passes: guards without a block answer true or false" do
    platform_is(:windows).should == false
    ruby_version_is("1.0").should == true
  end
end
