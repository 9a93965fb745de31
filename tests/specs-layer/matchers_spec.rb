# Layer checks (tests/specs.rs): each example's expected status is in its
# description ("passes" / "fails" / "errors"); the test compares them with
# the status string the layer reports.
require_relative '../../specs/spec_helper'

class MatcherSpecs
  SHARED = Object.new

  def self.boom
    raise ArgumentError, "boom"
  end
end

describe "Operator matchers" do
  it "passes: == and !=" do
    (1 + 1).should == 2
    (1 + 1).should_not == 3
    "a".should != "b"
  end

  it "fails: == with a different value" do
    1.should == 2
  end

  it "passes: .should.predicate? and .should_not.predicate?" do
    [1, 2].should.include?(2)
    [1, 2].should_not.include?(3)
    "".should.empty?
  end

  it "passes: .should.raise with class, message and block" do
    -> { MatcherSpecs.boom }.should.raise(ArgumentError, "boom")
    -> { MatcherSpecs.boom }.should.raise(StandardError) { |e| e.message.should == "boom" }
  end

  it "errors: .should.raise with another exception class propagates it" do
    -> { MatcherSpecs.boom }.should.raise(TypeError)
  end
end

describe "Matchers" do
  it "passes: equal, eql, be_true, be_false, be_nil, be_true_or_false" do
    s = "x"
    s.should equal(s)
    "x".should_not equal("y")
    1.should eql(1)
    1.should_not eql(1.0)
    true.should be_true
    false.should be_false
    nil.should be_nil
    false.should be_true_or_false
  end

  it "passes: be_kind_of, be_an_instance_of, be_ancestor_of" do
    1.should be_kind_of(Integer)
    1.should be_kind_of(Comparable)
    "s".should be_an_instance_of(String)
    Comparable.should be_ancestor_of(Integer)
  end

  it "passes: respond_to, include, be_close, be_empty" do
    "s".should respond_to(:upcase)
    [1, 2, 3].should include(1, 3)
    [1, 2, 3].should_not include(4)
    1.5.should be_close(1.50001, TOLERANCE)
    [].should be_empty
  end

  it "passes: have_method, have_instance_method" do
    "s".should have_method(:upcase)
    String.should have_instance_method(:upcase)
    String.should_not have_instance_method(:no_such_method)
  end

  it "passes: be_computed_by" do
    [[1, 2, 3], [2, 3, 5]].should be_computed_by(:+)
  end

  it "passes: raise_error with class, message and block" do
    -> { MatcherSpecs.boom }.should raise_error(ArgumentError)
    -> { MatcherSpecs.boom }.should raise_error(ArgumentError, "boom")
    -> { MatcherSpecs.boom }.should raise_error(StandardError) { |e| ScratchPad.record(e.message) }
    ScratchPad.recorded.should == "boom"
    -> { 1 }.should_not raise_error
  end

  it "fails: raise_error when nothing is raised" do
    -> { 1 }.should raise_error(ArgumentError)
  end

  it "errors: raise_error with another message re-raises the exception (as mspec)" do
    -> { MatcherSpecs.boom }.should raise_error(ArgumentError, "bang")
  end

  it "passes: complain sees what is written to $stderr" do
    -> { $stderr.write("careful\n") }.should complain("careful\n")
    -> { 1 }.should_not complain
  end

  it "fails: be_nil on a value" do
    1.should be_nil
  end

  it "errors: an exception in the example" do
    MatcherSpecs.no_such_method
  end

  it "fails: an example without expectations" do
    1 + 1
  end
end

describe "Mocks" do
  it "passes: should_receive with and_return, counted once" do
    m = mock("m")
    m.should_receive(:to_int).and_return(5)
    m.to_int.should == 5
  end

  it "passes: with, any_number_of_times, and_raise" do
    m = mock("m")
    m.should_receive(:f).with(1).any_number_of_times.and_return(:one)
    m.should_receive(:g).and_raise(TypeError)
    m.f(1).should == :one
    m.f(1).should == :one
    -> { m.g }.should raise_error(TypeError)
  end

  it "fails: should_receive that is never called" do
    m = mock("m")
    m.should_receive(:never_called)
    1.should == 1
  end

  it "fails: should_not_receive that is called" do
    s = "str"
    s.should_not_receive(:size)
    s.size
  end

  it "passes: a mock on a long-lived object answers during the example" do
    MatcherSpecs::SHARED.should_receive(:ping).and_return(:pong)
    MatcherSpecs::SHARED.ping.should == :pong
  end

  it "passes: the mocked method is gone in the next example" do
    # (the method table, not respond_to?: mruby 3.1.0's method cache keeps
    # removed methods, see specs/known-bugs.toml)
    MatcherSpecs::SHARED.singleton_methods.include?(:ping).should == false
  end
end
