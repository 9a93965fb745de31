require_relative '../../spec_helper'
require_relative 'fixtures/classes'

describe "respond_to? and method_missing" do
  before :each do
    @oracle = GCStressSpecs::Oracle.new
  end

  it "answer through respond_to_missing?" do
    @oracle.respond_to?(:ask_anything).should == true
    @oracle.respond_to?(:tell_anything).should == false
  end

  it "dispatch unknown messages to method_missing with their arguments" do
    @oracle.ask_twice(1, 2).should == [1, 2]
    @oracle.ask_block(3) { |x| x * 2 }.should == 6
    @oracle.asked.should == [:ask_twice, :ask_block]
  end

  it "raise NoMethodError for messages method_missing does not handle" do
    -> { @oracle.tell_me }.should raise_error(NoMethodError)
  end

  it "keep answering after many calls and collections" do
    results = []
    50.times do |i|
      results << @oracle.ask_n(i)
      GCStressSpecs.churn(5) if i % 10 == 0
    end
    GC.start
    results.should == (0...50).map { |i| [i] }
    @oracle.asked.size.should == 50
  end

  it "see methods added to the class later" do
    klass = Class.new(GCStressSpecs::Oracle)
    o = klass.new
    o.respond_to?(:late).should == false
    klass.class_eval do
      def late
        :here
      end
    end
    GC.start
    o.respond_to?(:late).should == true
    o.late.should == :here
  end

  it "see singleton methods defined on the receiver" do
    o = GCStressSpecs::Oracle.new
    def o.special
      :special
    end
    o.respond_to?(:special).should == true
    o.special.should == :special
  end
end
