# gcstress mspec layer: the matchers core specs use (ruby/mspec
# lib/mspec/matchers/). Each is a small class with matches?,
# failure_message and negative_failure_message; MSpecMatchers holds the
# constructors and is included into the environment examples run in.

TOLERANCE = 0.00003 unless Object.const_defined?(:TOLERANCE)
TIME_TOLERANCE = 20.0 unless Object.const_defined?(:TIME_TOLERANCE)

module MSpecMatchers
end

class MSpecEnv
  include MSpecMatchers
end

class MSpecMatcher
  attr_writer :block

  def negative_failure_message
    e, a = failure_message
    [e.to_s.sub("to ", "not to "), a]
  end
end

# `equal`, `eql`, `be_kind_of`, ...: one predicate on the actual value.
class MSpecPredicateMatcher < MSpecMatcher
  def initialize(name, expected, &pred)
    @name = name
    @expected = expected
    @pred = pred
  end

  def matches?(actual)
    @actual = actual
    @pred.call(actual, @expected) ? true : false
  end

  def failure_message
    ["Expected " + MSpec.format(@actual), "to " + @name + (@expected.equal?(MSpecMatchers::NONE) ? "" : " " + MSpec.format(@expected))]
  end

  def negative_failure_message
    ["Expected " + MSpec.format(@actual), "not to " + @name + (@expected.equal?(MSpecMatchers::NONE) ? "" : " " + MSpec.format(@expected))]
  end
end

class RaiseErrorMatcher < MSpecMatcher
  UNDEF_CAUSE = Object.new

  def initialize(exception, message = nil, options = nil, &block)
    if message.is_a?(Hash)
      options = message
      message = nil
    end
    @exception = exception
    @message = message
    @cause = options ? options.fetch(:cause, UNDEF_CAUSE) : UNDEF_CAUSE
    @block = block
    @actual = nil
  end

  def matches?(prc)
    @result = prc.call
    false
  rescue Exception => actual
    @actual = actual
    # as mspec: an exception that does not match propagates unchanged (the
    # example then errors with the real exception class)
    raise actual unless matching_exception?(actual)
    @block.call(actual) if @block
    true
  end

  def matching_message?(exc)
    case @message
    when nil then true
    when String then @message == exc.message
    else
      (@message =~ exc.message) ? true : false
    end
  end

  def matching_exception?(exc)
    return false unless @exception === exc
    return false unless matching_message?(exc)
    return true if UNDEF_CAUSE.equal?(@cause)
    exc.respond_to?(:cause) && @cause == exc.cause
  end

  def describe(cls, msg)
    s = cls.to_s
    s += " (" + msg.to_s + ")" if msg
    s
  end

  def failure_message
    msg = ["Expected " + describe(@exception, @message)]
    if @actual
      msg << "but got: " + describe(@actual.class, @actual.message)
    else
      msg << "but no exception was raised (" + MSpec.format(@result) + " was returned)"
    end
    msg
  end

  def negative_failure_message
    ["Expected to not get " + describe(@exception, @message), ""]
  end
end

class BeCloseMatcher < MSpecMatcher
  def initialize(expected, tolerance)
    @expected = expected
    @tolerance = tolerance
  end

  def matches?(actual)
    @actual = actual
    (@actual - @expected).abs <= @tolerance
  end

  def failure_message
    ["Expected " + @actual.to_s, "to be within " + @expected.to_s + " +/- " + @tolerance.to_s]
  end

  def negative_failure_message
    ["Expected " + @actual.to_s, "not to be within " + @expected.to_s + " +/- " + @tolerance.to_s]
  end
end

class IncludeMatcher < MSpecMatcher
  def initialize(*expected)
    @expected = expected
  end

  def matches?(actual)
    @actual = actual
    @expected.each do |e|
      @element = e
      return false unless @actual.include?(e)
    end
    true
  end

  def failure_message
    ["Expected " + MSpec.format(@actual), "to include " + MSpec.format(@element)]
  end

  def negative_failure_message
    ["Expected " + MSpec.format(@actual), "not to include " + MSpec.format(@element)]
  end
end

class IncludeAnyOfMatcher < MSpecMatcher
  def initialize(*expected)
    @expected = expected
  end

  def matches?(actual)
    @actual = actual
    @expected.any? { |e| @actual.include?(e) }
  end

  def failure_message
    ["Expected " + MSpec.format(@actual), "to include any of " + MSpec.format(@expected)]
  end

  def negative_failure_message
    ["Expected " + MSpec.format(@actual), "not to include any of " + MSpec.format(@expected)]
  end
end

# A $stderr / $stdout stand-in that keeps what is written.
class IOStub
  def initialize
    @buf = ""
  end

  def write(*args)
    args.each { |a| @buf << a.to_s }
    args.inject(0) { |n, a| n + a.to_s.bytesize }
  end

  def print(*args)
    write(*args)
    nil
  end

  def puts(*args)
    args = [""] if args.empty?
    args.flatten.each do |a|
      s = a.to_s
      @buf << s
      @buf << "\n" unless s.end_with?("\n")
    end
    nil
  end

  def <<(a)
    @buf << a.to_s
    self
  end

  def printf(*args)
    write(sprintf(*args))
  end

  def flush
    self
  end

  def sync
    true
  end

  def sync=(v)
    v
  end

  def to_s
    @buf
  end
end

# `complain`: what the block writes to $stderr (Kernel#warn and Ruby-level
# writes; warnings the VM prints from C bypass $stderr and are not seen).
class ComplainMatcher < MSpecMatcher
  def initialize(complaint = nil, options = nil)
    if complaint.is_a?(Hash)
      @complaint = nil
      @options = complaint
    else
      @complaint = complaint
      @options = options || {}
    end
  end

  def matches?(prc)
    saved = $stderr
    verbose = $VERBOSE
    err = IOStub.new
    $stderr = err
    $VERBOSE = @options.key?(:verbose) ? @options[:verbose] : false
    begin
      prc.call
    ensure
      $VERBOSE = verbose
      $stderr = saved
    end
    @warning = err.to_s
    unless @complaint.nil?
      if @complaint.is_a?(String)
        return false unless @warning == @complaint
      else
        return false unless @complaint =~ @warning
      end
    end
    !@warning.empty?
  end

  def failure_message
    if @complaint.nil?
      ["Expected a warning", "but received none"]
    else
      ["Expected warning: " + MSpec.format(@complaint), "but got: " + MSpec.format(@warning)]
    end
  end

  def negative_failure_message
    ["Unexpected warning: ", MSpec.format(@warning)]
  end
end

# `output(stdout, stderr)`: what the block writes through $stdout/$stderr.
class OutputMatcher < MSpecMatcher
  def initialize(stdout, stderr)
    @out = stdout
    @err = stderr
  end

  def matches?(prc)
    saved_out = $stdout
    saved_err = $stderr
    out = IOStub.new
    err = IOStub.new
    $stdout = out
    $stderr = err
    begin
      prc.call
    ensure
      $stdout = saved_out
      $stderr = saved_err
    end
    @saw_out = out.to_s
    @saw_err = err.to_s
    ok = true
    ok &&= same?(@out, @saw_out) if @out
    ok &&= same?(@err, @saw_err) if @err
    ok
  end

  def same?(want, got)
    want.is_a?(String) ? want == got : ((want =~ got) ? true : false)
  end

  def failure_message
    ["Expected output " + MSpec.format(@out) + " / " + MSpec.format(@err),
     "but got " + MSpec.format(@saw_out) + " / " + MSpec.format(@saw_err)]
  end
end

class BeComputedByMatcher < MSpecMatcher
  def initialize(sym, *args)
    @method = sym
    @args = args
  end

  def matches?(array)
    array.each do |line|
      line = line.dup
      @receiver = line.shift
      @value = line.pop
      @arguments = line + @args
      @actual = @receiver.send(@method, *@arguments)
      return false unless @actual == @value
    end
    true
  end

  def failure_message
    ["Expected " + MSpec.format(@value),
     "to be computed by " + MSpec.format(@receiver) + "." + @method.to_s + " (computed " + MSpec.format(@actual) + " instead)"]
  end
end

module MSpecMatchers
  NONE = Object.new

  private

  def mspec_predicate(name, expected = NONE, &pred)
    MSpecPredicateMatcher.new(name, expected, &pred)
  end

  def equal(expected)
    mspec_predicate("be identical to", expected) { |a, e| a.equal?(e) }
  end

  def eql(expected)
    mspec_predicate("be eql to", expected) { |a, e| a.eql?(e) }
  end

  def be_true
    mspec_predicate("be true") { |a, _| a == true }
  end

  def be_false
    mspec_predicate("be false") { |a, _| a == false }
  end

  def be_nil
    mspec_predicate("be nil") { |a, _| a.nil? }
  end

  def be_true_or_false
    mspec_predicate("be true or false") { |a, _| a == true || a == false }
  end

  def be_kind_of(expected)
    mspec_predicate("be kind of", expected) { |a, e| a.kind_of?(e) }
  end

  def be_an_instance_of(expected)
    mspec_predicate("be an instance of", expected) { |a, e| a.instance_of?(e) }
  end

  def be_ancestor_of(expected)
    mspec_predicate("be an ancestor of", expected) { |a, e| e.ancestors.include?(a) }
  end

  def be_empty
    mspec_predicate("be empty") { |a, _| a.empty? }
  end

  def be_nan
    mspec_predicate("be NaN") { |a, _| a.kind_of?(Float) && a.nan? }
  end

  def be_positive_infinity
    mspec_predicate("be +Infinity") { |a, _| a.kind_of?(Float) && a.infinite? == 1 }
  end

  def be_negative_infinity
    mspec_predicate("be -Infinity") { |a, _| a.kind_of?(Float) && a.infinite? == -1 }
  end

  def be_positive_zero
    mspec_predicate("be +0.0") { |a, _| a.kind_of?(Float) && a == 0.0 && 1.0 / a > 0 }
  end

  def be_negative_zero
    mspec_predicate("be -0.0") { |a, _| a.kind_of?(Float) && a == 0.0 && 1.0 / a < 0 }
  end

  def respond_to(expected)
    mspec_predicate("respond to", expected) { |a, e| a.respond_to?(e) }
  end

  def have_method(name, include_super = true)
    mspec_predicate("have method", name) { |a, e| a.methods(include_super).include?(e.to_sym) }
  end

  def have_public_method(name, include_super = true)
    mspec_predicate("have public method", name) { |a, e| a.public_methods(include_super).include?(e.to_sym) }
  end

  def have_private_method(name, include_super = true)
    mspec_predicate("have private method", name) { |a, e| a.private_methods(include_super).include?(e.to_sym) }
  end

  def have_singleton_method(name, include_super = true)
    mspec_predicate("have singleton method", name) { |a, e| a.singleton_methods(include_super).include?(e.to_sym) }
  end

  def have_instance_method(name, include_super = true)
    mspec_predicate("have instance method", name) { |a, e| a.instance_methods(include_super).include?(e.to_sym) }
  end

  def have_public_instance_method(name, include_super = true)
    mspec_predicate("have public instance method", name) { |a, e| a.public_instance_methods(include_super).include?(e.to_sym) }
  end

  def have_private_instance_method(name, include_super = true)
    mspec_predicate("have private instance method", name) { |a, e| a.private_instance_methods(include_super).include?(e.to_sym) }
  end

  def have_protected_instance_method(name, include_super = true)
    mspec_predicate("have protected instance method", name) { |a, e| a.protected_instance_methods(include_super).include?(e.to_sym) }
  end

  def have_constant(name)
    mspec_predicate("have constant", name) { |a, e| a.constants.include?(e.to_sym) }
  end

  def have_instance_variable(name)
    mspec_predicate("have instance variable", name) { |a, e| a.instance_variables.include?(e.to_sym) }
  end

  def have_class_variable(name)
    mspec_predicate("have class variable", name) { |a, e| a.class_variables.include?(e.to_sym) }
  end

  def be_close(expected, tolerance)
    BeCloseMatcher.new(expected, tolerance)
  end

  def include(*expected)
    IncludeMatcher.new(*expected)
  end

  def include_any_of(*expected)
    IncludeAnyOfMatcher.new(*expected)
  end

  def raise_error(exception = Exception, message = nil, options = nil, &block)
    RaiseErrorMatcher.new(exception, message, options, &block)
  end

  def raise_consistent_error(exception = Exception, message = nil, options = nil, &block)
    RaiseErrorMatcher.new(exception, message, options, &block)
  end

  def complain(complaint = nil, options = nil)
    ComplainMatcher.new(complaint, options)
  end

  def output(stdout = nil, stderr = nil)
    OutputMatcher.new(stdout, stderr)
  end

  def output_to_fd(*)
    raise SpecUnsupportedError, "output_to_fd (file descriptors) is not supported"
  end

  def be_computed_by(sym, *args)
    BeComputedByMatcher.new(sym, *args)
  end

  def block_caller(*)
    raise SpecUnsupportedError, "block_caller (threads) is not supported"
  end
end
