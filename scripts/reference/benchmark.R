# The forecast benchmark (issue 12): real monthly and quarterly series from R's `datasets`, the
# `forecast` package's data, `AER` and `tseries` (Debian: r-cran-forecast, r-cran-aer,
# r-cran-tseries), with R's forecasts and 80 % and 95 % intervals for the held-out points.
# Run: Rscript scripts/reference/benchmark.R   (writes test/fixtures/forecast/benchmark.json;
#      about 22 minutes: auto.arima on the long series)
#
# Series: every univariate monthly (frequency 12) or quarterly (4) ts of those packages and every
# column of their multivariate ones, duplicates (the same values under two names) and dummy
# columns (two distinct values or fewer) left out; plus the quarterly sums of each monthly series
# of at least 60 months (temporal aggregation: the same data as a quarterly planner sees it).
# None of these packages has an intermittent monthly or quarterly series (one with 30 % zeros):
# the benchmark has none.
#
# Protocols (as the M4 competition: Makridakis, Spiliotis & Assimakopoulos, "The M4 Competition:
# 100,000 time series and 61 forecasting methods", IJF 36 (2020); horizons 18 months, 8 quarters):
#   full:  the history but the last h (18 months, 8 quarters) is fitted; those h are held out.
#          Histories are cut to their last 20 years (240 months, 80 quarters) before the split, as
#          a planner's data would be (and so auto.arima does not take minutes on sunspots).
#   short: the last 36 months (12 quarters): the first 24 months (8 quarters) fitted, 12 (4) held out.
# R methods: ets, auto.arima, thetaf, snaive, naive2 (M4's benchmark: naive on the series
# seasonally adjusted by classical multiplicative decomposition when the lag-m autocorrelation is
# significant at 90 %), croston. 80 % and 95 % intervals of ets, auto.arima, thetaf and snaive
# (each model's forecast asked for both levels at once: its forecasts and 80 % bounds are those
# it gives for level = 80 alone).
suppressMessages({ library(forecast); library(AER); library(tseries) })

source("scripts/reference/json.R")
arr <- json_array

# ---- the series ----
collect <- function() {
  out <- list()
  seen <- character(0)
  add <- function(name, y) {
    y <- tryCatch(na.contiguous(y), error = function(e) NULL)
    if (is.null(y)) return()
    if (!is.ts(y) || !(frequency(y) %in% c(4, 12))) return()
    if (length(unique(as.numeric(y))) <= 2) return()
    key <- paste(signif(head(as.numeric(y), 30), 10), collapse = ",")
    if (key %in% seen) return()
    seen <<- c(seen, key)
    out[[name]] <<- y
  }
  for (p in c("datasets", "forecast", "AER", "tseries")) {
    items <- sub(" .*", "", data(package = p)$results[, "Item"])
    for (it in unique(items)) {
      e <- new.env()
      ok <- tryCatch({ suppressWarnings(data(list = it, package = p, envir = e)); TRUE }, error = function(err) FALSE)
      if (!ok) next
      for (nm in sort(ls(e))) {
        x <- get(nm, envir = e)
        if (!is.ts(x) || !(frequency(x) %in% c(4, 12))) next
        if (is.matrix(x)) {
          for (j in seq_len(ncol(x))) add(paste0(p, "::", nm, "$", colnames(x)[j]), x[, j])
        } else add(paste0(p, "::", nm), x)
      }
    }
  }
  for (nm in c("ldeaths", "mdeaths", "fdeaths")) add(paste0("datasets::", nm), get(nm, envir = as.environment("package:datasets")))
  monthly <- names(out)[vapply(out, function(y) frequency(y) == 12 && length(y) >= 60, TRUE)]
  for (nm in monthly) {
    y <- out[[nm]]
    q <- aggregate(y, nfrequency = 4, FUN = sum)
    out[[paste0(nm, " (quarterly sums)")]] <- q
  }
  out
}

# ---- M4's Naive2 ----
seasonality_test <- function(y, m) {
  if (length(y) < 3 * m) return(FALSE)
  xacf <- acf(y, plot = FALSE, lag.max = m)$acf[-1, 1, 1]
  clim <- 1.645 / sqrt(length(y)) * sqrt(cumsum(c(1, 2 * xacf^2)))
  isTRUE(abs(xacf[m]) > clim[m])
}
naive2 <- function(y, h) {
  m <- frequency(y)
  if (m > 1 && all(y > 0) && seasonality_test(y, m)) {
    si <- decompose(y, type = "multiplicative")$seasonal
    last <- as.numeric(tail(si, m))
    return(as.numeric(naive(y / si, h = h)$mean) * rep(last, length.out = h))
  }
  as.numeric(naive(y, h = h)$mean)
}

safe <- function(expr) tryCatch(expr, error = function(e) NULL)
levels <- c(80, 95)
with_pi <- function(fc) list(
  forecast = arr(fc$mean), lower80 = arr(fc$lower[, 1]), upper80 = arr(fc$upper[, 1]),
  lower95 = arr(fc$lower[, 2]), upper95 = arr(fc$upper[, 2])
)

run <- function(train, h) {
  r <- list()
  f <- safe(forecast(ets(train), h = h, level = levels)); if (!is.null(f)) r$ets <- with_pi(f)
  f <- safe(forecast(auto.arima(train), h = h, level = levels)); if (!is.null(f)) r$arima <- with_pi(f)
  f <- safe(thetaf(train, h = h, level = levels)); if (!is.null(f)) r$theta <- with_pi(f)
  f <- safe(snaive(train, h = h, level = levels)); if (!is.null(f)) r$snaive <- with_pi(f)
  r$naive2 <- list(forecast = arr(naive2(train, h)))
  f <- safe(croston(train, h = h)); if (!is.null(f)) r$croston <- list(forecast = arr(f$mean))
  r
}

series <- collect()
out <- list()
t0 <- proc.time()[["elapsed"]]
for (nm in names(series)) {
  y <- series[[nm]]
  m <- frequency(y)
  if (length(y) > 20 * m) y <- subset(y, start = length(y) - 20 * m + 1)
  n <- length(y)
  h <- if (m == 12) 18 else 8
  entry <- list(name = nm, frequency = m)
  if (n >= h + 2 * m) {
    train <- subset(y, end = n - h)
    entry$full <- c(list(train = arr(train), test = arr(subset(y, start = n - h + 1))), run(train, h))
  }
  if (n >= 3 * m) {
    w <- subset(y, start = n - 3 * m + 1)
    train <- subset(w, end = 2 * m)
    entry$short <- c(list(train = arr(train), test = arr(subset(w, start = 2 * m + 1))), run(train, m))
  }
  out[[length(out) + 1]] <- entry
  cat(sprintf("%3d %s (%d)\n", length(out), nm, n))
}
meta <- list(
  r_version = R.version.string, forecast_version = as.character(packageVersion("forecast")),
  aer_version = as.character(packageVersion("AER")), tseries_version = as.character(packageVersion("tseries")),
  seconds = proc.time()[["elapsed"]] - t0
)
write_json(list(meta = meta, series = out), "test/fixtures/forecast/benchmark.json", step = " ", digits = 8, sep = ",")
cat("done\n")
