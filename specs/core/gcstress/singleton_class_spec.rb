require_relative '../../spec_helper'
require_relative 'fixtures/classes'
require_relative 'shared/survives_gc'

describe "A singleton class" do
  it "holds methods defined on one object" do
    o = Object.new
    def o.only_me
      :me
    end
    o.only_me.should == :me
    Object.new.respond_to?(:only_me).should == false
  end

  it "is the same object every time it is asked for" do
    o = Object.new
    o.singleton_class.should equal(o.singleton_class)
  end

  it "comes first in method lookup, before modules it extends" do
    o = GCStressSpecs::Greeter.new("gus")
    o.extend(GCStressSpecs::Loud)
    o.greet.should == "HELLO GUS"
    def o.greet
      "mine"
    end
    o.greet.should == "mine"
  end

  it "is copied by clone but not by dup" do
    o = Object.new
    def o.extra
      1
    end
    o.clone.extra.should == 1
    o.dup.respond_to?(:extra).should == false
  end

  it "keeps methods of many short-lived objects apart across collections" do
    objs = (0...30).map do |i|
      o = Object.new
      o.singleton_class.send(:define_method, :id_number) { i }
      GCStressSpecs.churn(10) if i % 10 == 0
      o
    end
    GC.start
    objs.map { |o| o.id_number }.should == (0...30).to_a
  end

  it_behaves_like :gcstress_survives_gc, :tag, -> {
    o = Object.new
    class << o
      def tag
        [:tagged, self.class]
      end
    end
    [o, [:tagged, Object]]
  }
end
