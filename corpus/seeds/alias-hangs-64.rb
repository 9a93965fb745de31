# The alias-barrier bug (corpus/regressions/alias-barrier-5534.rb) with its GC points and heap
# refill wrapped in loops whose exit a reducer can remove (a variant that loops for ever),
# and counting loops between the statements: the minimizer's per-variant time limit case.
# gcstress: schedule=none timeout=10s
class Num < Numeric
x0 = [0, 0+1].map { |e| e * 2 }
y0 = 0
until y0 >= 2
  y0 += 1
end
  def initialize(v); @v = v; end
  def coerce(o); [o, @v]; end
end
x3 = [3, 3+1].map { |e| e * 2 }
y3 = 0
until y3 >= 2
  y3 += 1
end
n = Num.new(5)
i5 = 0
while i5 < 1
  GCStress.full
  i5 += 1
end
class << n
x6 = [6, 6+1].map { |e| e * 2 }
y6 = 0
until y6 >= 2
  y6 += 1
end
  alias_method :neg, :-@
end
i9 = 0
while i9 < 1
  GCStress.minor
  i9 += 1
end
x9 = [9, 9+1].map { |e| e * 2 }
y9 = 0
until y9 >= 2
  y9 += 1
end
procs = []
i11 = 0
while i11 < 1
  300.times { procs << proc { } }
  i11 += 1
end
class << n
x12 = [12, 12+1].map { |e| e * 2 }
y12 = 0
until y12 >= 2
  y12 += 1
end
  alias_method :neg2, :-@
end
i15 = 0
while i15 < 1
  GCStress.full
  i15 += 1
end
x15 = [15, 15+1].map { |e| e * 2 }
y15 = 0
until y15 >= 2
  y15 += 1
end
puts "survived"
