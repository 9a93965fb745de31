require_relative '../../spec_helper'
require_relative 'fixtures/classes'
require_relative 'shared/survives_gc'

describe "define_method" do
  it "defines a method whose body closes over the defining scope" do
    klass = Class.new
    secret = [1, 2, 3]
    klass.send(:define_method, :secret) { secret }
    klass.new.secret.should equal(secret)
  end

  it "keeps each method's own captured locals across collections" do
    klass = Class.new(GCStressSpecs::Maker)
    names = (0...12).map { |i| "m#{i}".to_sym }
    klass.make(names)
    GC.start
    GCStressSpecs.churn(100)
    GC.start
    o = klass.new
    names.each_with_index do |name, i|
      o.send(name).should == [name, i, "#{name}-#{i}"]
    end
  end

  it "accepts a lambda and keeps its arity" do
    klass = Class.new
    klass.send(:define_method, :double, lambda { |x| x * 2 })
    klass.new.double(21).should == 42
    -> { klass.new.double }.should raise_error(ArgumentError)
  end

  it "can redefine a method many times while it is being called" do
    klass = Class.new
    values = []
    10.times do |i|
      klass.send(:define_method, :current) { i }
      values << klass.new.current
      GCStressSpecs.churn(10)
    end
    values.should == (0...10).to_a
  end

  it_behaves_like :gcstress_survives_gc, :made, -> {
    klass = Class.new
    data = { :a => [1, "two"] }
    klass.send(:define_method, :made) { data[:a] }
    [klass.new, [1, "two"]]
  }
end
