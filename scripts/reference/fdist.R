# Reference upper tails of the F distribution for src/core/forecast/fdist.ts.
# Run: Rscript scripts/reference/fdist.R   (writes test/fixtures/forecast/fdist.json)
# Base R only. The points are where the continued fraction of the incomplete beta function must
# be read on the right side of its switch, x < (a + 1) / (a + b + 2) with x = d2 / (d2 + d1 f),
# a = d2 / 2, b = d1 / 2: far in the tails and with one degree of freedom, where the fraction
# read on the wrong side converges too slowly or cancels.
source("scripts/reference/json.R")

points <- list(
  c(1000, 51, 1), c(1000, 11, 1), c(0.01, 1, 1000), c(0.01, 3, 1000),
  c(1000, 51, 40), c(1000, 51, 12), c(0.01, 51, 1000), c(0.01, 51, 12)
)
out <- lapply(points, function(p) {
  list(f = p[1], d1 = p[2], d2 = p[3], upper = pf(p[1], p[2], p[3], lower.tail = FALSE))
})
write_json(list(r_version = R.version.string, points = out), "test/fixtures/forecast/fdist.json")
cat("done\n")
