# gcstress mspec layer: runner.
#
# An mspec-compatible runner written in the Ruby that mruby 2.1.2, 3.1.0,
# 3.3.0 and Artichoke all understand (no `defined?`, no `catch`, no Regexp,
# no `format`, no `instance_exec` on Artichoke, no File on Artichoke).
#
# gcstress (harness/src/specs/) assembles one program per spec file: these
# layer files, then every file the spec loads (`require_relative` resolved
# by the harness, each file once) and the spec file itself, each evaluated
# with its real path, then `MSpec.finish`.
#
# It talks to the harness through stdout lines `@@gcspec {json}`:
#   {"ex":N, ...}    an example starts: its number, description and the source
#                    locations of its contexts, hooks and block (a crash in it
#                    can then be rebuilt as plain Ruby by the harness)
#   {"guard":L,"yield":B}  a guard with a block at location L ran it or not
#   {"done":true, "examples":N, "passed":N, "failed":N, "errors":N, ...}
#                    the last line: counts, per-example status, messages
#
# Semantics follow mspec (ruby/mspec lib/mspec/runner/context.rb): a top-level
# `describe` evaluates its block, then runs before(:all), each example with
# before(:each)/after(:each), after(:all), then its child contexts; shared
# describes are registered, not run; `it_behaves_like` copies a shared
# describe's hooks and examples into the current context.

# mruby has no `require` and so no LoadError; the layer's `require` raises it.
class LoadError < ScriptError; end unless Object.const_defined?(:LoadError)

class SpecExpectationNotMetError < StandardError; end
class SpecExpectationNotFoundError < StandardError
  def message
    "No behavior expectation was found in the example"
  end
end
class SkippedSpecError < StandardError; end
# Raised by helpers mruby cannot support (subprocesses, temporary files, ...).
class SpecUnsupportedError < StandardError; end

class MSpecEnv
end

module MSpec
  # Filled in by the harness's prelude (see harness/src/specs/program.rs).
  PLATFORM = "unknown" unless const_defined?(:PLATFORM)
  POINTER_SIZE = 64 unless const_defined?(:POINTER_SIZE)
  C_LONG_SIZE = 64 unless const_defined?(:C_LONG_SIZE)

  HAS_INSTANCE_EXEC = Object.new.respond_to?(:instance_exec)

  @current = nil
  @shared = {}
  @env = MSpecEnv.new
  @files = []
  @file_index = {}
  @example_no = 0
  @status = []
  @messages = []
  @passed = 0
  @failed = 0
  @errors = 0
  @skipped = 0
  @load_errors = []
  @expectation = false
  @state = nil
  @hook_info = {}
  # The harness's lines go to a duplicate of the stdout descriptor, written
  # directly: a spec that reassigns or closes $stdout, or redefines `print`,
  # does not swallow them (Artichoke has no IO: Kernel#print as it is now).
  @out_io = Object.const_defined?(:STDOUT) ? (STDOUT.dup rescue nil) : nil
  @printer = method(:print)

  class << self
    attr_reader :current, :env

    def emit(line)
      text = "@@gcspec " + line + "\n"
      if @out_io
        @out_io.write(text)
      else
        @printer.call(text)
      end
    end

    # --- JSON, by hand (no json gem on mruby) -------------------------------

    HEX = "0123456789abcdef"

    def json(v)
      case v
      when nil then "null"
      when true then "true"
      when false then "false"
      when Integer then v.to_s
      when Array then "[" + v.map { |x| json(x) }.join(",") + "]"
      when Hash
        "{" + v.map { |k, x| json_str(k.to_s) + ":" + json(x) }.join(",") + "}"
      else json_str(v.to_s)
      end
    end

    def json_str(s)
      out = "\""
      i = 0
      n = s.bytesize
      while i < n
        b = s.getbyte(i)
        if b == 34
          out << "\\\""
        elsif b == 92
          out << "\\\\"
        elsif b == 10
          out << "\\n"
        elsif b < 32 || b == 127
          out << "\\u00" << HEX[b / 16] << HEX[b % 16]
        else
          out << s.byteslice(i, 1)
        end
        i += 1
      end
      out << "\""
    end

    def short(s, max = 300)
      s = s.to_s
      s.bytesize > max ? s.byteslice(0, max) + "..." : s
    end

    def format(obj)
      obj.inspect
    rescue Exception
      begin
        obj.to_s
      rescue Exception
        "#<object>"
      end
    end

    # --- files and source locations -----------------------------------------

    # The harness announces each file before evaluating it.
    def loading(path)
      unless @file_index[path]
        @file_index[path] = @files.size
        @files << path
      end
      @loading = path
    end

    def load_error(exc)
      @errors += 1
      @load_errors << short(exc.class.to_s + ": " + exc.message.to_s) + where(exc)
    end

    def where(exc)
      bt = exc.backtrace
      line = bt && bt.find { |l| l.to_s.index(".rb:") && !l.to_s.start_with?("mspec") }
      line ? " (" + line.to_s + ")" : ""
    rescue Exception
      ""
    end

    # "F:L" (index into the file table) for a proc, or nil.
    def loc(block)
      return nil unless block
      sl = block.source_location
      return nil unless sl
      i = @file_index[sl[0]]
      i ? i.to_s + ":" + sl[1].to_s : nil
    rescue Exception
      nil
    end

    def note_hook(block, info)
      @hook_info[block] = info
    end

    def hook_loc(block)
      @hook_info[block] || loc(block)
    end

    # --- the tree ------------------------------------------------------------

    def register_current(state)
      @current = state
    end

    def register_shared(state)
      @shared[state.to_s] = state
    end

    def retrieve_shared(desc)
      @shared[desc.to_s]
    end

    def describe(desc, options = nil, &block)
      state = MSpec::ContextState.new(desc, options, block)
      state.parent = @current
      register_current(state)
      state.describe(&block)
      state.process unless state.shared? || @current
    end

    def run_block(block)
      if HAS_INSTANCE_EXEC
        @env.instance_exec(&block)
      else
        @env.instance_eval(&block)
      end
    end

    # Run a block; an exception is recorded (against the current example if
    # there is one) and answered with false.
    def protect(what, block)
      run_block(block)
      true
    rescue SkippedSpecError
      @state.skip! if @state
      false
    rescue Exception => e
      if @state
        @state.record(e, what)
      else
        @errors += 1
        ctx = @current ? @current.description + ": " : ""
        @load_errors << short(ctx + (what ? what + ": " : "") + e.class.to_s + ": " + e.message.to_s) + where(e)
      end
      false
    end

    def expectation
      @expectation = true
    end

    def expectation?
      @expectation
    end

    def clear_expectations
      @expectation = false
    end

    def state
      @state
    end

    def start_example(state, enter)
      @state = state
      @example_no += 1
      state.number = @example_no
      ctx = state.context
      plan = {
        "ex" => @example_no,
        "desc" => short(state.description, 200),
        "it" => loc(state.source || state.block),
        "code" => state.code,
        "ctx" => ctx.parents.map { |c| loc(c.block) },
        "enter" => enter,
        "all" => ctx.pre(:all).map { |b| hook_loc(b) },
        "each" => ctx.pre(:each).map { |b| hook_loc(b) },
        "after" => ctx.post(:each).map { |b| hook_loc(b) },
        "shared" => state.shared_from.map { |s| loc(s.block) }
      }
      emit(json(plan))
    end

    def finish_example(state)
      case state.result
      when :passed
        @passed += 1
        @status << "P"
      when :failed
        @failed += 1
        @status << "F"
      when :skipped
        @skipped += 1
        @status << "S"
      else
        @errors += 1
        @status << "E"
      end
      if state.message && @messages.size < 200
        @messages << { "ex" => state.number, "status" => @status[-1],
                       "desc" => short(state.description, 200), "message" => short(state.message) }
      end
      @state = nil
    end

    def guard_note(block, yielded)
      l = loc(block)
      emit(json({ "guard" => l, "yield" => yielded })) if l
    end

    def finish
      result = {
        "done" => true,
        "files" => @files,
        "examples" => @status.size - @skipped,
        "passed" => @passed,
        "failed" => @failed,
        "errors" => @errors,
        "skipped" => @skipped,
        "status" => @status.join,
        "load_errors" => @load_errors.first(20),
        "messages" => @messages
      }
      emit(json(result))
    end
  end

  class ExampleState
    attr_reader :context, :description_text, :block, :result, :message
    attr_accessor :number, :shared_from
    # `evaluate`: the user's block and the code evaluated before it
    attr_accessor :source, :code

    def initialize(context, desc, block)
      @context = context
      @description_text = desc.to_s
      @block = block
      @shared_from = []
      @result = :passed
      @message = nil
    end

    def context=(c)
      @context = c
    end

    def description
      @context.description + " " + @description_text
    end

    def skip!
      @result = :skipped if @result == :passed
    end

    def record(exc, what)
      failure = exc.is_a?(SpecExpectationNotMetError) || exc.is_a?(SpecExpectationNotFoundError)
      text = (what ? what + ": " : "") + exc.class.to_s + ": " + exc.message.to_s
      if failure
        if @result == :passed || @result == :skipped
          @result = :failed
          @message = text
        end
      else
        @message = text + MSpec.where(exc) unless @result == :error
        @result = :error
      end
    end

    def reset
      @result = :passed
      @message = nil
    end
  end

  class ContextState
    attr_reader :parent, :parents, :children, :examples, :block

    def initialize(desc, options, block)
      @to_s = desc.to_s
      @shared = options.is_a?(Hash) && options[:shared]
      @block = block
      @parsed = false
      @before = { :all => [], :each => [] }
      @after = { :all => [], :each => [] }
      @examples = []
      @parent = nil
      @parents = [self]
      @children = []
    end

    def to_s
      @to_s
    end

    def shared?
      @shared
    end

    def initialize_copy(other)
      super
      @before = { :all => other.before(:all).dup, :each => other.before(:each).dup }
      @after = { :all => other.after(:all).dup, :each => other.after(:each).dup }
      @examples = other.examples.dup
      @children = other.children.dup
      @parents = [self]
      @description = nil
    end

    def parent=(parent)
      @description = nil
      if shared?
        @parent = nil
      else
        @parent = parent
        parent.child(self) if parent
        @parents = [self]
        s = parent
        while s
          @parents.unshift(s)
          s = s.parent
        end
      end
    end

    def child(c)
      @children << c
    end

    def adopt(parent, shared_from)
      self.parent = parent
      @examples = @examples.map do |ex|
        ex = ex.dup
        ex.context = self
        ex.shared_from = shared_from + ex.shared_from
        ex
      end
      kids = @children
      @children = []
      kids.each { |c| c.dup.adopt(self, shared_from) }
    end

    def pre(what)
      parents.inject([]) { |l, s| l.concat(s.before(what)) }
    end

    def post(what)
      parents.inject([]) { |l, s| s.after(what) + l }
    end

    def before(what, &block)
      block ? @before[what].push(block) : @before[what]
    end

    def after(what, &block)
      block ? @after[what].unshift(block) : @after[what]
    end

    def it(desc, &block)
      @examples << MSpec::ExampleState.new(self, desc, block) if block
    end

    def describe(&block)
      @parsed = MSpec.protect(nil, block)
      MSpec.register_current(@parent)
      MSpec.register_shared(self) if shared?
    end

    def description
      @description ||= parents.map { |p| p.to_s }.join(" ")
    end

    def it_should_behave_like(desc)
      state = MSpec.retrieve_shared(desc)
      raise Exception, "Unable to find shared 'describe' for #{desc}" unless state
      state.before(:all).each { |b| before(:all, &b) }
      state.before(:each).each { |b| before(:each, &b) }
      state.after(:each).each { |b| after(:each, &b) }
      state.after(:all).each { |b| after(:all, &b) }
      state.examples.each do |ex|
        ex = ex.dup
        ex.context = self
        ex.shared_from = [state] + ex.shared_from
        @examples << ex
      end
      state.children.each { |c| c.dup.adopt(self, [state]) }
    end

    def protect_all(what, blocks)
      blocks.all? { |b| MSpec.protect(what, b) }
    end

    def process
      MSpec.register_current(self)
      if @parsed && !@examples.empty?
        all = pre(:all)
        first = true
        if protect_all("before :all", all)
          @examples.each do |ex|
            ex.reset
            MSpec.start_example(ex, first)
            first = false
            if protect_all("before :each", pre(:each))
              MSpec.clear_expectations
              passed = MSpec.protect(nil, ex.block)
              if passed && !MSpec.expectation? && ex.result == :passed
                ex.record(SpecExpectationNotFoundError.new, nil)
              end
            end
            protect_all("after :each", post(:each))
            MSpec.protect("Mock.verify_count", Mock::VERIFY)
            MSpec.protect("Mock.cleanup", Mock::CLEANUP)
            MSpec.finish_example(ex)
          end
          protect_all("after :all", post(:all))
        else
          MSpec.protect("Mock.cleanup", Mock::CLEANUP)
        end
      end
      MSpec.register_current(nil)
      @children.each { |c| c.process }
    end
  end
end

class Object
  private

  def describe(desc, options = nil, &block)
    MSpec.describe(desc, options, &block)
  end

  def context(desc, options = nil, &block)
    MSpec.describe(desc, options, &block)
  end

  def it(desc, &block)
    raise "#it outside a describe" unless MSpec.current
    MSpec.current.it(desc, &block)
  end

  def specify(desc, &block)
    it(desc, &block)
  end

  def before(at = :each, &block)
    MSpec.current.before(at, &block)
  end

  def after(at = :each, &block)
    MSpec.current.after(at, &block)
  end

  def it_should_behave_like(desc)
    MSpec.current.it_should_behave_like(desc)
  end

  def it_behaves_like(desc, meth, obj = nil)
    b = proc { @method = meth; @object = obj }
    MSpec.note_hook(b, "shared " + desc.to_s + "|" + MSpec.format(meth))
    before(:all, &b)
    a = proc { @method = nil; @object = nil }
    MSpec.note_hook(a, "shared-after")
    after(:all, &a)
    it_should_behave_like(desc.to_s)
  end

  # mruby has no `require`; `require_relative` with a literal path is resolved
  # by the harness before the program runs. What reaches these is a library
  # mruby does not have (or a path the harness could not resolve).
  def require(name)
    n = name.to_s
    return false if n == "fiber" && Object.const_defined?(:Fiber)
    return false if n == "set" && Object.const_defined?(:Set)
    return false if n == "rational" || n == "complex" || n == "enumerator"
    raise LoadError, "cannot load such file -- " + n + " (no such library on this VM)"
  end

  def require_relative(name)
    raise LoadError, "cannot load such file -- " + name.to_s + " (require_relative the harness could not resolve)"
  end

  def load(name, *)
    raise LoadError, "cannot load such file -- " + name.to_s + " (load is not supported)"
  end
end
