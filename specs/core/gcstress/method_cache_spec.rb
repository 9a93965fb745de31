require_relative '../../spec_helper'
require_relative 'fixtures/classes'

describe "Method caches" do
  before :each do
    @base = Class.new do
      def who
        :base
      end
    end
    @sub = Class.new(@base) do
      def who
        :sub
      end
    end
  end

  it "see a method removed after it was called" do
    o = @sub.new
    o.who.should == :sub
    @sub.send(:remove_method, :who)
    GC.start
    o.who.should == :base
  end

  it "see a method undefined after it was called" do
    o = @sub.new
    o.who.should == :sub
    @sub.send(:undef_method, :who)
    -> { o.who }.should raise_error(NoMethodError)
  end

  it "see a method redefined in a superclass" do
    o = @base.new
    o.who.should == :base
    @base.class_eval do
      def who
        :redefined
      end
    end
    o.who.should == :redefined
  end

  it "see a module included after the method was called" do
    m = Module.new do
      def extra
        :extra
      end
    end
    o = @sub.new
    o.respond_to?(:extra).should == false
    @base.send(:include, m)
    o.extra.should == :extra
  end

  it "see a module prepended after the method was called" do
    o = GCStressSpecs::Greeter.new("hal")
    klass = Class.new(GCStressSpecs::Greeter)
    k = klass.new("ida")
    k.greet.should == "hello ida"
    klass.send(:prepend, GCStressSpecs::Loud)
    k.greet.should == "HELLO IDA"
    o.greet.should == "hello hal"
  end

  it "stay right through remove, redefine and collect cycles" do
    o = @sub.new
    seen = []
    5.times do |i|
      @sub.send(:define_method, :who) { i }
      seen << o.who
      @sub.send(:remove_method, :who)
      seen << o.who
      GCStressSpecs.churn(30)
    end
    GC.start
    seen.should == [0, :base, 1, :base, 2, :base, 3, :base, 4, :base]
  end
end
