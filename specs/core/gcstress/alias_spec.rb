require_relative '../../spec_helper'
require_relative 'fixtures/classes'

describe "alias and alias_method" do
  before :each do
    @klass = Class.new(GCStressSpecs::Greeter) do
      alias_method :hello, :greet
      alias hi greet
    end
  end

  it "make a new name for an existing method" do
    g = @klass.new("ann")
    g.hello.should == "hello ann"
    g.hi.should == "hello ann"
  end

  it "keep the original body when the original is redefined" do
    @klass.class_eval do
      def greet
        "bye"
      end
    end
    g = @klass.new("bob")
    g.greet.should == "bye"
    g.hello.should == "hello bob"
  end

  it "keep working after the heap is collected and refilled" do
    g = @klass.new("cy")
    GC.start
    keep = GCStressSpecs.churn
    GC.start
    g.hello.should == "hello cy"
    keep.size.should == 900
  end

  it "can alias an alias" do
    @klass.send(:alias_method, :hey, :hello)
    @klass.new("di").hey.should == "hello di"
  end

  it "raise NameError for a method that does not exist" do
    -> { @klass.send(:alias_method, :nope, :no_such_method) }.should raise_error(NameError)
  end
end

describe "alias_method in a singleton class" do
  it "defines the alias on that object only" do
    a = GCStressSpecs::Greeter.new("ed")
    b = GCStressSpecs::Greeter.new("flo")
    class << a
      alias_method :salute, :greet
    end
    a.salute.should == "hello ed"
    b.respond_to?(:salute).should == false
  end

  it "can alias a method of a core class" do
    s = "abc"
    class << s
      alias_method :big, :upcase
    end
    GC.start
    s.big.should == "ABC"
  end

  it "survives many aliases on many singleton classes with collections between" do
    objs = []
    20.times do |i|
      o = GCStressSpecs::Greeter.new("n#{i}")
      o.singleton_class.send(:alias_method, :again, :greet)
      objs << o
      GCStressSpecs.churn(20) if i % 5 == 0
    end
    GC.start
    objs.map { |o| o.again }.should == (0...20).map { |i| "hello n#{i}" }
  end
end
