# gcstress mspec layer: `should` / `should_not` and the operator matchers
# (`x.should == y`, `x.should.include?(y)`, `-> { }.should.raise(E)`), as in
# ruby/mspec lib/mspec/expectations/ and matchers/base.rb.

module SpecExpectation
  def self.fail_with(expected, actual)
    expected = expected.to_s
    actual = actual.to_s
    msg = actual.empty? ? expected : expected + "\n" + actual
    raise SpecExpectationNotMetError, msg
  end

  def self.fail_predicate(receiver, predicate, args, result, expectation)
    text = MSpec.format(receiver) + "." + predicate.to_s
    text += "(" + args.map { |a| MSpec.format(a) }.join(", ") + ")" unless args.empty?
    fail_with("Expected " + text, expectation + " but was " + MSpec.format(result))
  end
end

class MSpecNoMatcher
end

class Object
  NO_MATCHER_GIVEN = MSpecNoMatcher.new

  def should(matcher = NO_MATCHER_GIVEN, &block)
    MSpec.expectation
    raise "should outside example" unless MSpec.state || MSpec.current
    if NO_MATCHER_GIVEN.equal?(matcher)
      SpecPositiveOperatorMatcher.new(self)
    else
      matcher.block = block if block && matcher.respond_to?(:block=)
      unless matcher.matches?(self)
        expected, actual = matcher.failure_message
        SpecExpectation.fail_with(expected, actual)
      end
      true
    end
  end

  def should_not(matcher = NO_MATCHER_GIVEN, &block)
    MSpec.expectation
    raise "should_not outside example" unless MSpec.state || MSpec.current
    if NO_MATCHER_GIVEN.equal?(matcher)
      SpecNegativeOperatorMatcher.new(self)
    else
      matcher.block = block if block && matcher.respond_to?(:block=)
      if matcher.matches?(self)
        expected, actual = matcher.negative_failure_message
        SpecExpectation.fail_with(expected, actual)
      end
      true
    end
  end
end

class SpecPositiveOperatorMatcher < BasicObject
  def initialize(actual)
    @actual = actual
  end

  def ==(expected)
    result = @actual == expected
    ::SpecExpectation.fail_predicate(@actual, :==, [expected], result, "to be truthy") unless result
    true
  end

  def !=(expected)
    result = @actual != expected
    ::SpecExpectation.fail_predicate(@actual, :!=, [expected], result, "to be truthy") unless result
    true
  end

  def equal?(expected)
    result = @actual.equal?(expected)
    ::SpecExpectation.fail_predicate(@actual, :equal?, [expected], result, "to be truthy") unless result
    true
  end

  def raise(exception = ::Exception, message = nil, options = nil, &block)
    matcher = ::RaiseErrorMatcher.new(exception, message, options, &block)
    unless matcher.matches?(@actual)
      expected, actual = matcher.failure_message
      ::SpecExpectation.fail_with(expected, actual)
    end
    true
  end

  def method_missing(name, *args, &block)
    result = @actual.__send__(name, *args, &block)
    ::SpecExpectation.fail_predicate(@actual, name, args, result, "to be truthy") unless result
    true
  end
end

class SpecNegativeOperatorMatcher < BasicObject
  def initialize(actual)
    @actual = actual
  end

  def ==(expected)
    result = @actual == expected
    ::SpecExpectation.fail_predicate(@actual, :==, [expected], result, "to be falsy") if result
    true
  end

  def !=(expected)
    result = @actual != expected
    ::SpecExpectation.fail_predicate(@actual, :!=, [expected], result, "to be falsy") if result
    true
  end

  def equal?(expected)
    result = @actual.equal?(expected)
    ::SpecExpectation.fail_predicate(@actual, :equal?, [expected], result, "to be falsy") if result
    true
  end

  def raise(exception = ::Exception, message = nil, options = nil, &block)
    matcher = ::RaiseErrorMatcher.new(exception, message, options, &block)
    if matcher.matches?(@actual)
      expected, actual = matcher.negative_failure_message
      ::SpecExpectation.fail_with(expected, actual)
    end
    true
  end

  def method_missing(name, *args, &block)
    result = @actual.__send__(name, *args, &block)
    ::SpecExpectation.fail_predicate(@actual, name, args, result, "to be falsy") if result
    true
  end
end
