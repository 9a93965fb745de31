require_relative '../../spec_helper'
require_relative 'fixtures/classes'
require_relative 'shared/survives_gc'

describe "Closures" do
  it "share their environment with the scope that made them" do
    count = 0
    inc = lambda { count += 1 }
    3.times { inc.call }
    count.should == 3
  end

  it "keep their environment after the defining method returned" do
    make = lambda do |start|
      n = start
      [lambda { n += 1 }, lambda { n }]
    end
    bump, read = make.call(10)
    GC.start
    GCStressSpecs.churn(100)
    bump.call
    bump.call
    read.call.should == 12
  end

  it "escaping into instance variables, arrays and hashes survive collections" do
    holder = GCStressSpecs::Counter.new
    box = []
    table = {}
    10.times do |i|
      word = "w#{i}"
      box << proc { word }
      table[i] = lambda { word * 2 }
      holder.instance_variable_set(:@last, proc { [i, word] })
    end
    GC.start
    GCStressSpecs.churn(100)
    GC.start
    box.map { |b| b.call }.should == (0...10).map { |i| "w#{i}" }
    table[3].call.should == "w3w3"
    holder.instance_variable_get(:@last).call.should == [9, "w9"]
  end

  it "nested three deep still see every level's locals" do
    a = 1
    outer = proc do
      b = 2
      middle = proc do
        c = 3
        proc { a + b + c }
      end
      middle.call
    end
    inner = outer.call
    GC.start
    inner.call.should == 6
    a = 10
    inner.call.should == 15
  end

  it "made in a loop capture that iteration's block variable" do
    procs = []
    5.times { |i| procs << proc { i * i } }
    GCStressSpecs.churn(50)
    procs.map { |pr| pr.call }.should == [0, 1, 4, 9, 16]
  end

  it "held only by a constant survive collections" do
    mod = Module.new
    x = "kept"
    mod.const_set(:KEEPER, proc { x })
    GC.start
    GCStressSpecs.churn(100)
    GC.start
    mod::KEEPER.call.should == "kept"
  end

  it_behaves_like :gcstress_survives_gc, :call, -> {
    local = [:env, "value"]
    [lambda { local }, [:env, "value"]]
  }
end
