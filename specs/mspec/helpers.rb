# gcstress mspec layer: helpers (ruby/mspec lib/mspec/helpers/) and
# SpecEvaluate (runner/evaluate.rb). What needs a subprocess, a file
# descriptor or a temporary directory raises SpecUnsupportedError: the
# example counts as an error, the run goes on.

module ScratchPad
  def self.clear
    @record = nil
  end

  def self.record(arg)
    @record = arg
  end

  def self.<<(arg)
    @record << arg
  end

  def self.recorded
    @record
  end

  def self.inspect
    "<ScratchPad @record=" + MSpec.format(@record) + ">"
  end
end

module MSpecPath
  def self.dirname(path)
    i = path.rindex("/")
    return "." unless i
    return "/" if i == 0
    path[0, i]
  end

  def self.join(*parts)
    parts.flatten.map { |p| p.to_s }.reject { |p| p.empty? }.join("/").gsub("//", "/")
  end
end

class SpecEvaluate
  include MSpecMatchers

  def self.desc=(desc)
    @desc = desc
  end

  def self.desc
    @desc ||= "evaluates "
  end

  def initialize(ruby, desc)
    @ruby = ruby.rstrip
    @desc = desc || self.class.desc
  end

  def define(&block)
    ruby = @ruby
    evaluator = self
    specify(@desc + " " + ruby.strip) do
      evaluator.instance_eval(ruby)
      evaluator.instance_eval(&block)
    end
    # the harness rebuilds this example from the user's block and the code
    ex = MSpec.current.examples.last
    ex.source = block
    ex.code = ruby
  end
end

class Object
  private

  # ruby/mspec helpers/fixture.rb, with string operations (no File on Artichoke).
  def fixture(file, *args)
    path = MSpecPath.dirname(file.to_s)
    path = path[0..-8] if path.end_with?("/shared")
    fixtures = path.end_with?("/fixtures") ? "" : "fixtures"
    MSpecPath.join(path, fixtures, args)
  end

  def evaluate(str, desc = nil, &block)
    SpecEvaluate.new(str, desc).define(&block)
  end

  def flunk(msg = "This example is a failure")
    SpecExpectation.fail_with("Failed:", msg)
  end

  def skip(reason = "no reason")
    raise SkippedSpecError, reason.to_s
  end

  def suppress_warning
    verbose = $VERBOSE
    $VERBOSE = nil
    begin
      yield
    ensure
      $VERBOSE = verbose
    end
  end

  def suppress_keyword_warning(&block)
    suppress_warning(&block)
  end

  def nan_value
    0.0 / 0.0
  end

  def infinity_value
    1.0 / 0.0
  end

  def bignum_value(plus = 0)
    (2**64) + plus
  end

  def fixnum_max
    (2**62) - 1
  end

  def fixnum_min
    -(2**62)
  end

  def max_long
    (2**(MSpec::C_LONG_SIZE - 1)) - 1
  end

  def min_long
    -(2**(MSpec::C_LONG_SIZE - 1))
  end

  def ruby_exe(*)
    raise SpecUnsupportedError, "ruby_exe (a Ruby subprocess) is not supported"
  end

  def ruby_cmd(*)
    raise SpecUnsupportedError, "ruby_cmd (a Ruby subprocess) is not supported"
  end

  def tmp(name, uniquify = true)
    raise SpecUnsupportedError, "tmp (temporary files) is not supported"
  end

  def rm_r(*)
    raise SpecUnsupportedError, "rm_r (file system) is not supported"
  end

  def mkdir_p(*)
    raise SpecUnsupportedError, "mkdir_p (file system) is not supported"
  end

  def touch(*)
    raise SpecUnsupportedError, "touch (file system) is not supported"
  end

  def new_fd(*)
    raise SpecUnsupportedError, "new_fd (file descriptors) is not supported"
  end

  def new_io(*)
    raise SpecUnsupportedError, "new_io (file descriptors) is not supported"
  end

  def with_timezone(*)
    raise SpecUnsupportedError, "with_timezone (ENV) is not supported"
  end
end
