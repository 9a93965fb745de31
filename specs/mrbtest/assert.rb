# gcstress's own assert layer for mruby's test files (test/t/*.rb and
# mrbgems/*/test/*.rb), written for `gcstress coverage --mruby-tests`. It is
# not mruby's test/assert.rb: it provides the names those files call
# (`assert`, `assert_equal`, `assert_raise`, ...) with the meaning their
# names say, counts what passed, and prints one line at the end:
#
#   @@gcassert passed=N failed=N errors=N skipped=N
#
# Ruby every VM gcstress runs accepts: no require, no Regexp. A failed
# assertion is recorded and the block goes on; an exception ends its
# `assert` block (an error); `skip` ends it too (skipped).

module GCSAssert
  UNDEF = Object.new
  @passed = 0
  @failed = 0
  @errors = 0
  @skipped = 0
  # failures recorded inside the innermost running `assert` block
  @failures = nil

  class Skip < Exception; end

  class << self
    attr_accessor :failures

    def count(kind)
      case kind
      when :passed then @passed += 1
      when :failed then @failed += 1
      when :errors then @errors += 1
      when :skipped then @skipped += 1
      end
    end

    def report
      "@@gcassert passed=#{@passed} failed=#{@failed} errors=#{@errors} skipped=#{@skipped}"
    end

    # One assertion's verdict: true passes; otherwise the message is kept
    # (inside an `assert` block) or counted as a failure (outside one).
    def check(ok, msg, diff = nil)
      return true if ok
      text = msg ? msg.to_s : "assertion failed"
      text = "#{text}\n#{diff}" if diff
      if @failures
        @failures << text
      else
        count(:failed)
      end
      false
    end

    def show(v)
      v.inspect
    rescue Exception
      "#<#{v.class}>"
    end

    # glob match: `*` any run of characters, `?` one, `\` quotes the next
    def glob(pat, str)
      glob_at(pat, 0, str, 0)
    end

    def glob_at(pat, pi, str, si)
      while pi < pat.size
        c = pat[pi]
        if c == "*"
          pi += 1 while pi < pat.size && pat[pi] == "*"
          return true if pi == pat.size
          k = si
          while k <= str.size
            return true if glob_at(pat, pi, str, k)
            k += 1
          end
          return false
        end
        return false if si >= str.size
        if c == "\\" && pi + 1 < pat.size
          pi += 1
          return false unless pat[pi] == str[si]
        elsif c != "?" && c != str[si]
          return false
        end
        pi += 1
        si += 1
      end
      si == str.size
    end
  end
end

def assert(name = "assert", iso = "")
  outer = GCSAssert.failures
  GCSAssert.failures = []
  begin
    yield if block_given?
    GCSAssert.count(GCSAssert.failures.empty? ? :passed : :failed)
  rescue GCSAssert::Skip
    GCSAssert.count(:skipped)
  rescue Exception
    GCSAssert.count(:errors)
  ensure
    GCSAssert.failures = outer
  end
  nil
end

def skip(cause = "")
  raise GCSAssert::Skip, cause.to_s
end

def assertion_diff(exp, act)
  " Expected: #{GCSAssert.show(exp)}\n   Actual: #{GCSAssert.show(act)}"
end

def assert_true(obj, msg = nil, diff = nil)
  GCSAssert.check(obj == true, msg || "expected true, got #{GCSAssert.show(obj)}", diff)
end

def assert_false(obj, msg = nil, diff = nil)
  GCSAssert.check(obj == false, msg || "expected false, got #{GCSAssert.show(obj)}", diff)
end

def assert_nil(obj, msg = nil)
  GCSAssert.check(obj.nil?, msg || "expected nil, got #{GCSAssert.show(obj)}")
end

def assert_not_nil(obj, msg = nil)
  GCSAssert.check(!obj.nil?, msg || "expected non-nil")
end

def assert_equal(exp, act = GCSAssert::UNDEF, msg = nil)
  if block_given?
    msg = act unless GCSAssert::UNDEF.equal?(act)
    act = yield
  end
  GCSAssert.check(exp == act, msg, assertion_diff(exp, act))
end

def assert_not_equal(exp, act = GCSAssert::UNDEF, msg = nil)
  if block_given?
    msg = act unless GCSAssert::UNDEF.equal?(act)
    act = yield
  end
  GCSAssert.check(exp != act, msg, assertion_diff(exp, act))
end

def assert_same(exp, act, msg = nil)
  GCSAssert.check(exp.equal?(act), msg, assertion_diff(exp, act))
end

def assert_not_same(exp, act, msg = nil)
  GCSAssert.check(!exp.equal?(act), msg, assertion_diff(exp, act))
end

def assert_kind_of(cls, obj, msg = nil)
  GCSAssert.check(obj.kind_of?(cls), msg || "expected a #{cls}, got #{GCSAssert.show(obj)}")
end

def assert_include(collection, obj, msg = nil)
  GCSAssert.check(collection.include?(obj), msg || "#{GCSAssert.show(collection)} lacks #{GCSAssert.show(obj)}")
end

def assert_not_include(collection, obj, msg = nil)
  GCSAssert.check(!collection.include?(obj), msg || "#{GCSAssert.show(collection)} has #{GCSAssert.show(obj)}")
end

def assert_predicate(obj, op, msg = nil)
  GCSAssert.check(obj.__send__(op), msg || "#{GCSAssert.show(obj)}.#{op} is false")
end

def assert_not_predicate(obj, op, msg = nil)
  GCSAssert.check(!obj.__send__(op), msg || "#{GCSAssert.show(obj)}.#{op} is true")
end

def assert_operator(a, op, b = GCSAssert::UNDEF, msg = nil)
  return assert_predicate(a, op, msg) if GCSAssert::UNDEF.equal?(b)
  GCSAssert.check(a.__send__(op, b), msg || "#{GCSAssert.show(a)} #{op} #{GCSAssert.show(b)} is false")
end

def assert_not_operator(a, op, b = GCSAssert::UNDEF, msg = nil)
  return assert_not_predicate(a, op, msg) if GCSAssert::UNDEF.equal?(b)
  GCSAssert.check(!a.__send__(op, b), msg || "#{GCSAssert.show(a)} #{op} #{GCSAssert.show(b)} is true")
end

def assert_match(pattern, str, msg = nil)
  GCSAssert.check(GCSAssert.glob(pattern.to_s, str.to_s), msg || "#{GCSAssert.show(str)} does not match #{GCSAssert.show(pattern)}")
end

def assert_float(exp, act, msg = nil)
  ok = if exp.respond_to?(:nan?) && exp.nan?
    act.respond_to?(:nan?) && act.nan?
  elsif exp.respond_to?(:infinite?) && exp.infinite?
    exp == act
  else
    scale = [1.0, exp.abs, act.abs].max
    (exp - act).abs <= scale * 1.0e-10
  end
  GCSAssert.check(ok, msg, assertion_diff(exp, act))
end

def assert_nothing_raised(msg = nil)
  yield
  GCSAssert.check(true, msg)
rescue GCSAssert::Skip
  raise
rescue Exception => e
  GCSAssert.check(false, msg || "raised #{e.class}: #{e.message}")
end

def assert_raise(*classes)
  msg = classes.last.is_a?(String) ? classes.pop : nil
  classes = [StandardError] if classes.empty?
  begin
    yield
  rescue GCSAssert::Skip
    raise
  rescue *classes => e
    GCSAssert.check(true, msg)
    return e
  rescue Exception => e
    GCSAssert.check(false, msg || "expected #{classes.inspect}, raised #{e.class}: #{e.message}")
    return e
  end
  GCSAssert.check(false, msg || "expected #{classes.inspect}, nothing raised")
  nil
end

def assert_raise_with_message(cls, message, msg = nil, &block)
  e = assert_raise(cls, &block)
  GCSAssert.check(e.is_a?(cls) && e.message == message, msg, assertion_diff(message, e && e.message)) if e
  e
end

def assert_raise_with_message_pattern(cls, pattern, msg = nil, &block)
  e = assert_raise(cls, &block)
  GCSAssert.check(e.is_a?(cls) && GCSAssert.glob(pattern, e.message.to_s), msg, assertion_diff(pattern, e && e.message)) if e
  e
end

def pass
  GCSAssert.check(true, nil)
end

def flunk(msg = "flunked")
  GCSAssert.check(false, msg)
end
