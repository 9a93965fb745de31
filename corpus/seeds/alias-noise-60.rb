# The alias write-barrier bug (mruby#5534, see corpus/regressions/alias-barrier-5534.rb)
# buried in 60 top-level statements of unrelated noise: strings, arrays, hashes, classes,
# loops, exceptions. A stand-in for a `hunt` find until hunt exists; the
# minimizer's end-to-end test (tests/minimize.rs) shrinks it back to the bug.
#
# gcstress: vm=mruby-2.1.2 schedule=none timeout=10s
# gcstress: expect=mruby-2.1.2:crash,mruby-3.1.0:ok,mruby-3.3.0:ok
class Widget
  attr_accessor :name, :parts
  def initialize(name)
    @name = name
    @parts = []
  end
  def add(x)
    @parts << x
    self
  end
end
greeting = "hello"
counter = 0
words = %w[alpha beta gamma delta]
table = { a: 1, b: 2, c: 3 }
class Num < Numeric
  def initialize(v); @v = v; end
  def coerce(o); [o, @v]; end
end
widget = Widget.new("w")
5.times { |i| widget.add("part#{i}") }
total = [1, 2, 3, 4].inject(0) { |s, x| s + x }
counter += total
upper = words.map { |w| w.upcase }
joined = upper.join("-")
n = Num.new(5)
message = "#{greeting}, #{joined}"
counter += message.size
squares = (1..10).map { |i| i * i }
evens = squares.select { |x| x % 2 == 0 }
table[:d] = evens.size
sym_list = table.keys.map { |k| k.to_s }
begin
  raise ArgumentError, "noise"
rescue ArgumentError => e
  counter += e.message.size
end
GCStress.full
class << n
  alias_method :neg, :-@
end
GCStress.minor
counter -= 2
procs = []
300.times { procs << proc { } }
class << n
  alias_method :neg2, :-@
end
counter += 1
GCStress.full
reversed = joined.reverse
counter -= 1 if reversed.empty?
pairs = words.zip(squares.first(4))
nested = { list: pairs, meta: { count: pairs.size } }
if counter > 10
  counter = counter % 7
else
  counter = 0
end
range_sum = 0
(1..20).each { |i| range_sum += i }
fib = [0, 1]
8.times { fib << fib[-1] + fib[-2] }
last_word = words.last
case last_word
when "delta" then counter += 1
else counter -= 1
end
str_buf = ""
3.times { |i| str_buf << i.to_s }
summary = [counter, range_sum, fib.last, str_buf, nested[:meta][:count]]
module Util
  def self.twice(x); x * 2; end
end
doubled = Util.twice(21)
matrix = Array.new(3) { |i| Array.new(3) { |j| i * j } }
flat = matrix.flatten
maxval = flat.max
lam = lambda { |a, b| a + b }
lam_sum = lam.call(maxval, doubled)
frozen = "const".freeze
sym = :marker
counter += lam_sum if sym == :marker
puts summary.inspect
puts "survived"
