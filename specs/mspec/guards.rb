# gcstress mspec layer: guards (ruby/mspec lib/mspec/guards/), evaluated for
# the VM the spec runs on:
#
# - versions compare against RUBY_VERSION (mruby reports the Ruby it is
#   compatible with: 2.1.2 says "2.0", 3.3.0 says "3.3"; Artichoke "3.1.2");
# - platform guards against MSpec::PLATFORM, which the harness sets from the
#   machine it runs on ("x86_64-linux"), pointer and C long sizes likewise;
# - implementation guards (`not_supported_on :opal`) against RUBY_ENGINE
#   ("mruby", "artichoke-mruby"): mruby is none of the implementations
#   ruby/spec names, so those blocks run; `ruby_bug` guards only skip on MRI;
# - features (`with_feature :fiber`) are on when the VM has the class.
#
# A guard given a block reports whether it ran it (`{"guard":loc,"yield":b}`),
# so the harness can rebuild a failing example as plain Ruby.

class SpecVersion
  include Comparable
  attr_reader :parts

  def initialize(v)
    s = v.to_s
    @parts = s.empty? ? [0] : s.split(".").map { |x| x.to_i }
    @parts << 0 while @parts.size < 3
  end

  def <=>(other)
    other = SpecVersion.new(other) unless other.is_a?(SpecVersion)
    @parts <=> other.parts
  end

  def to_s
    @parts.join(".")
  end
end

module MSpecGuards
  ENGINE = Object.const_defined?(:RUBY_ENGINE) ? RUBY_ENGINE.to_s : "mruby"
  VERSION = SpecVersion.new(RUBY_VERSION)

  FEATURES = {
    :fiber => Object.const_defined?(:Fiber),
    :fiber_library => Object.const_defined?(:Fiber),
    :encoding => Object.const_defined?(:Encoding),
    :thread => Object.const_defined?(:Thread),
    :mutex => Object.const_defined?(:Mutex),
    :ractor => Object.const_defined?(:Ractor),
    :regexp => Object.const_defined?(:Regexp),
    :struct => Object.const_defined?(:Struct),
    :fork => false,
    :readline => false,
    :refinement => Module.new.respond_to?(:refine, true),
    :unix_socket => false,
    :mjit => false,
    :yjit => false,
    :taint => false,
    :pty => false
  }

  def self.version_match?(version, req)
    if req.is_a?(Range)
      a = SpecVersion.new(req.begin)
      b = SpecVersion.new(req.end)
      req.exclude_end? ? (version >= a && version < b) : (version >= a && version <= b)
    else
      version >= SpecVersion.new(req)
    end
  end

  def self.implementation?(*names)
    names.any? { |n| ENGINE.start_with?(n.to_s) }
  end

  def self.standard?
    ENGINE == "ruby"
  end

  def self.os?(*oses)
    oses.any? do |os|
      case os
      when :windows then MSpec::PLATFORM.include?("mswin") || MSpec::PLATFORM.include?("mingw")
      when :wsl, :java then false
      else MSpec::PLATFORM.include?(os.to_s)
      end
    end
  end

  def self.platform_match?(args)
    opts = args.last.is_a?(Hash) ? args.last : {}
    platforms = args.last.is_a?(Hash) ? args[0..-2] : args
    match = platforms.empty? ? true : os?(*platforms)
    opts.each do |key, value|
      case key
      when :os then match &&= os?(*Array(value))
      when :pointer_size then match &&= value == MSpec::POINTER_SIZE
      when :wordsize, :c_long_size then match &&= value == MSpec::C_LONG_SIZE
      end
    end
    match
  end

  # Run the block if `allow`; without a block, answer `allow`.
  def self.run(allow, block)
    return allow unless block
    MSpec.guard_note(block, allow ? true : false)
    block.call if allow
  end
end

class Object
  private

  def ruby_version_is(req, &block)
    MSpecGuards.run(MSpecGuards.version_match?(MSpecGuards::VERSION, req), block)
  end

  def version_is(base, req, &block)
    MSpecGuards.run(MSpecGuards.version_match?(SpecVersion.new(base), req), block)
  end

  def kernel_version_is(req, &block)
    MSpecGuards.run(false, block)
  end

  def platform_is(*args, &block)
    MSpecGuards.run(MSpecGuards.platform_match?(args), block)
  end

  def platform_is_not(*args, &block)
    MSpecGuards.run(!MSpecGuards.platform_match?(args), block)
  end

  def not_supported_on(*args, &block)
    MSpecGuards.run(!(!MSpecGuards.standard? && MSpecGuards.implementation?(*args)), block)
  end

  def ruby_bug(bug, req, &block)
    hit = MSpecGuards.standard? && MSpecGuards.version_match?(MSpecGuards::VERSION, req.is_a?(Range) ? req : ""...req)
    MSpecGuards.run(!hit, block)
  end

  def with_feature(*features, &block)
    MSpecGuards.run(features.all? { |f| MSpecGuards::FEATURES[f] }, block)
  end

  def without_feature(*features, &block)
    MSpecGuards.run(!features.all? { |f| MSpecGuards::FEATURES[f] }, block)
  end

  def guard(condition, &block)
    raise "condition must be a Proc" unless condition.is_a?(Proc)
    MSpecGuards.run(condition.call ? true : false, block)
  end

  def guard_not(condition, &block)
    raise "condition must be a Proc" unless condition.is_a?(Proc)
    MSpecGuards.run(condition.call ? false : true, block)
  end

  def conflicts_with(*modules, &block)
    MSpecGuards.run(!modules.any? { |m| Object.const_defined?(m) }, block)
  end

  def as_superuser(&block)
    MSpecGuards.run(false, block)
  end

  def as_real_superuser(&block)
    MSpecGuards.run(false, block)
  end

  def as_user(&block)
    MSpecGuards.run(true, block)
  end

  def big_endian(&block)
    MSpecGuards.run(false, block)
  end

  def little_endian(&block)
    MSpecGuards.run(true, block)
  end

  def quarantine!(&block)
    MSpecGuards.run(false, block)
  end

  def deviates_on(*args, &block)
    MSpecGuards.run(MSpecGuards.implementation?(*args), block)
  end

  def extended_on(*args, &block)
    MSpecGuards.run(MSpecGuards.implementation?(*args), block)
  end

  def not_compliant_on(*args, &block)
    MSpecGuards.run(!MSpecGuards.implementation?(*args), block)
  end

  def kernel_lambda?
    true
  end
end
