# gcstress mspec layer: mocks (ruby/mspec lib/mspec/mocks/), the basics:
# `mock(name)`, `obj.should_receive(:m)` / `should_not_receive` / `stub!`
# with `with`, `and_return`, `and_raise`, `and_yield`, and the counts
# (`once`, `twice`, `exactly(n).times`, `at_least`, `at_most`,
# `any_number_of_times`). A mocked method is a singleton method that
# dispatches to its proxies; after each example the counts are verified and
# the singleton methods removed (an original singleton method is restored).

class MockObject
  def initialize(name, options = nil)
    @name = name
    @null = options.is_a?(Hash) && options[:null_object]
  end

  def inspect
    "#<MockObject:" + @name.to_s + ">"
  end

  def method_missing(sym, *args, &block)
    @null ? self : super
  end

  def respond_to_missing?(sym, priv = false)
    @null ? true : false
  end
end

class NumericMockObject < Numeric
  def initialize(name, options = nil)
    @name = name
    @null = options.is_a?(Hash) && options[:null_object]
  end

  def inspect
    "#<NumericMockObject:" + @name.to_s + ">"
  end

  def singleton_method_added(val)
  end
end

class MockIntObject
  def initialize(val)
    @value = val
    @calls = 0
  end

  attr_reader :calls

  def to_int
    @calls += 1
    @value.to_int
  end
end

class MockProxy
  attr_reader :kind, :calls, :arguments

  def initialize(kind)
    @kind = kind # :mock, :stub or :never
    @calls = 0
    @returning = []
    @raising = nil
    @yielding = []
    @arguments = :any_args
    @count = kind == :mock ? [:exactly, 1] : [:any_number_of_times, 0]
  end

  def with(*args)
    @arguments = args
    @arguments = :any_args if args == [:any_args]
    @arguments = :no_args if args == [:no_args]
    self
  end

  def and_return(*values)
    @returning = values
    self
  end

  def and_raise(exc)
    @raising = exc
    self
  end

  def and_yield(*args)
    @yielding << args
    self
  end

  def once
    @count = [:exactly, 1]
    self
  end

  def twice
    @count = [:exactly, 2]
    self
  end

  def exactly(n)
    @count = [:exactly, count_of(n)]
    self
  end

  def at_least(n)
    @count = [:at_least, count_of(n)]
    self
  end

  def at_most(n)
    @count = [:at_most, count_of(n)]
    self
  end

  def any_number_of_times
    @count = [:any_number_of_times, 0]
    self
  end

  def times
    self
  end

  def count_of(n)
    case n
    when :once then 1
    when :twice then 2
    else n
    end
  end

  def match?(args)
    case @arguments
    when :any_args then true
    when :no_args then args.empty?
    else @arguments == args
    end
  end

  def called(args, block)
    @calls += 1
    @yielding.each do |y|
      raise SpecExpectationNotMetError, "Mock expected a block to yield to" unless block
      block.call(*y)
    end
    if @raising
      raise @raising
    end
    return nil if @returning.empty?
    @returning.size == 1 ? @returning[0] : @returning[[@calls - 1, @returning.size - 1].min]
  end

  def verify(name)
    kind, n = @count
    ok = case kind
         when :exactly then @calls == n
         when :at_least then @calls >= n
         when :at_most then @calls <= n
         else true
         end
    ok = @calls == 0 if @kind == :never
    return if ok
    want = @kind == :never ? "not to be called" : (kind.to_s + " " + n.to_s + " times")
    raise SpecExpectationNotMetError, "Mock '" + name + "' expected " + want + ", called " + @calls.to_s + " times"
  end
end

module Mock
  @mocks = [] # [object, symbol, proxies, saved-name or nil]

  def self.entry(obj, sym)
    @mocks.find { |e| e[0].equal?(obj) && e[1] == sym }
  end

  def self.install(obj, sym, kind)
    sym = sym.to_sym
    proxy = MockProxy.new(kind)
    e = entry(obj, sym)
    unless e
      sc = obj.singleton_class
      saved = nil
      if sc.instance_methods(false).include?(sym)
        saved = ("__mspec_saved_" + sym.to_s).to_sym
        sc.send(:alias_method, saved, sym)
      end
      e = [obj, sym, [], saved]
      @mocks << e
      sc.send(:define_method, sym) do |*args, &block|
        Mock.dispatch(obj, sym, args, block)
      end
    end
    e[2] << proxy
    proxy
  end

  def self.dispatch(obj, sym, args, block)
    e = entry(obj, sym)
    proxy = e && e[2].reverse.find { |p| p.match?(args) }
    unless proxy
      raise SpecExpectationNotMetError, "Mock '" + MSpec.format(obj) + "' received unexpected message :" + sym.to_s + " with " + MSpec.format(args)
    end
    proxy.called(args, block)
  end

  def self.verify_count
    @mocks.each do |obj, sym, proxies, _|
      proxies.each { |p| p.verify(MSpec.format(obj) + "." + sym.to_s) }
    end
  end

  def self.cleanup
    mocks = @mocks
    @mocks = []
    mocks.each do |obj, sym, _, saved|
      begin
        sc = obj.singleton_class
        sc.send(:remove_method, sym)
        if saved
          sc.send(:alias_method, sym, saved)
          sc.send(:remove_method, saved)
        end
      rescue Exception
      end
    end
  end

  VERIFY = proc { Mock.verify_count }
  CLEANUP = proc { Mock.cleanup }
end

class Object
  def should_receive(sym)
    MSpec.expectation
    Mock.install(self, sym, :mock)
  end

  def should_not_receive(sym)
    MSpec.expectation
    Mock.install(self, sym, :never)
  end

  def stub!(sym)
    Mock.install(self, sym, :stub)
  end

  private

  def mock(name, options = nil)
    MockObject.new(name, options)
  end

  def mock_int(val)
    MockIntObject.new(val)
  end

  def mock_numeric(name, options = nil)
    NumericMockObject.new(name, options)
  end

  def mock_to_path(path)
    obj = MockObject.new("path")
    obj.should_receive(:to_path).and_return(path)
    obj
  end
end
