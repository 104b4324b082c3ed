# Reference values for the robust detrending of src/core/forecast/season.ts.
# Run: Rscript scripts/reference/season.R   (writes test/fixtures/forecast/season.json)
# Base R only: the documented procedure written with R's own lm, median and mad (whose constant
# is 1.4826). The line is fitted to the history, the residuals beyond 3 robust standard
# deviations of their median are pulled back to that bound and the line is refitted to the
# pulled-back history, three rounds; then the stable-seasonality F test is R's anova of the
# result on the position in the cycle. The series are chosen so that the median of an even and
# of an odd count matters, some residuals are pulled back, and each round moves the line. None
# has a one-off spike (checked below), so despiking leaves them as they are.
source("scripts/reference/json.R")

local_deviation <- function(y) {
  n <- length(y)
  c(y[1] - y[2], y[2:(n - 1)] - (y[1:(n - 2)] + y[3:n]) / 2, y[n] - y[n - 1])
}

robust_detrended <- function(y) {
  t <- seq_along(y)
  w <- y
  for (round in 1:3) {
    fit <- coef(lm(w ~ t))
    line <- fit[[1]] + fit[[2]] * t
    x <- y - line
    bound <- 3 * mad(x)
    if (bound > 0) x <- pmin(pmax(x, median(x) - bound), median(x) + bound)
    w <- x + line
  }
  x
}

series <- list(
  even = list(m = 3, y = c(6, 9, 0, 7, 4, 3, 9, 1, 5, 0, 0, 0)),
  odd = list(m = 4, y = c(8, 8, 2, 7, 6, 8, 5, 9, 5, 5, 7, 2, 6, 7, 8))
)
out <- lapply(series, function(s) {
  d <- local_deviation(s$y)
  stopifnot(all(abs(d) <= 4 * mad(d)))
  x <- robust_detrended(s$y)
  a <- anova(lm(x ~ factor((seq_along(x) - 1) %% s$m)))
  list(m = s$m, y = s$y, detrended = x, f = a[["F value"]][1], p = a[["Pr(>F)"]][1])
})
write_json(c(list(r_version = R.version.string), out), "test/fixtures/forecast/season.json")
cat("done\n")
