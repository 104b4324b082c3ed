# Reference numbers for the forecasting tests (issue 5).
# Run: Rscript scripts/reference/forecast.R   (writes test/fixtures/forecast/ets.json, fixed.json
#      and short.json); Rscript scripts/reference/forecast.R short   (short.json only)
# Needs Debian's r-cran-forecast.
suppressMessages(library(forecast))

source("scripts/reference/json.R")
set.seed(1)

smape <- function(a, f) mean(ifelse(abs(a) + abs(f) == 0, 0, 200 * abs(a - f) / (abs(a) + abs(f))))
mase <- function(a, f, train, m) {
  lag <- if (length(train) > m) m else 1
  scale <- mean(abs(diff(as.numeric(train), lag = lag)))
  mean(abs(a - f)) / scale
}

load_fpp <- function(name) { e <- new.env(); data(list = name, package = "forecast", envir = e); get(name, envir = e) }
series <- list(
  AirPassengers = AirPassengers, UKgas = UKgas, co2 = co2, nottem = nottem,
  USAccDeaths = USAccDeaths, ldeaths = ldeaths, mdeaths = mdeaths, fdeaths = fdeaths,
  UKDriverDeaths = UKDriverDeaths, wineind = load_fpp("wineind"), gas = load_fpp("gas"),
  woolyrnq = load_fpp("woolyrnq")
)

# Two cycles of history (issue 12): of each series' last three cycles (36 months, 12 quarters),
# the first two are the history and the last is held out; ets(), snaive() and thetaf() forecast it.
# The series' own frequency is given to R (ts objects); AUTO detects it.
short_protocol <- function() {
  out <- list()
  for (nm in names(series)) {
    y <- series[[nm]]
    m <- frequency(y)
    n <- length(y)
    window <- subset(y, start = n - 3 * m + 1)
    train <- subset(window, end = 2 * m)
    test <- as.numeric(subset(window, start = 2 * m + 1))
    fit <- ets(train)
    fc <- as.numeric(forecast(fit, h = m)$mean)
    sn <- as.numeric(snaive(train, h = m)$mean)
    th <- as.numeric(thetaf(train, h = m)$mean)
    score <- function(f) list(forecast = f, smape = smape(test, f), mase = mase(test, f, train, m))
    out[[nm]] <- list(
      frequency = m, horizon = m, train = as.numeric(train), test = test,
      ets = c(list(model = fit$method), score(fc)), snaive = score(sn), thetaf = score(th)
    )
  }
  meta <- list(r_version = R.version.string, forecast_version = as.character(packageVersion("forecast")))
  write_json(list(meta = meta, series = out), "test/fixtures/forecast/short.json")
}
if (identical(commandArgs(trailingOnly = TRUE), "short")) {
  short_protocol()
  cat("done\n")
  quit(save = "no")
}
short_protocol()

out <- list()
total_time <- 0
for (nm in names(series)) {
  y <- series[[nm]]
  m <- frequency(y)
  h <- 2 * m                                   # two years held out: 24 months or 8 quarters
  n <- length(y)
  train <- subset(y, end = n - h)
  test <- as.numeric(subset(y, start = n - h + 1))
  t0 <- proc.time()[["elapsed"]]
  fit <- ets(train)
  fc <- as.numeric(forecast(fit, h = h)$mean)
  el <- proc.time()[["elapsed"]] - t0
  total_time <- total_time + el
  sn <- as.numeric(snaive(train, h = h)$mean)
  out[[nm]] <- list(
    frequency = m, horizon = h,
    train = as.numeric(train), test = test,
    ets = list(model = fit$method, forecast = fc, smape = smape(test, fc), mase = mase(test, fc, train, m), seconds = el),
    snaive = list(forecast = sn, smape = smape(test, sn), mase = mase(test, sn, train, m))
  )
}

# R ets time per series of 48 months, on generated series (trend + season + noise), for the benchmark.
gen <- lapply(1:100, function(i) {
  t <- 1:48
  ts(100 + i + 0.5 * t + 10 * sin(2 * pi * t / 12) + rnorm(48, sd = 5), frequency = 12)
})
t0 <- proc.time()[["elapsed"]]
for (g in gen) invisible(forecast(ets(g), h = 18))
bench_sec <- (proc.time()[["elapsed"]] - t0) / length(gen)

meta <- list(
  r_version = R.version.string, forecast_version = as.character(packageVersion("forecast")),
  ets_seconds_per_series_48 = bench_sec, ets_seconds_total_real = total_time
)
write_json(list(meta = meta, series = out), "test/fixtures/forecast/ets.json")

# Fixed-parameter fits: R's recursions with given smoothing parameters; the tests feed the same
# parameters and R's (optimised) initial states to our recursion and compare fitted values and forecasts.
fixed <- list()
# Point forecast from R's final states: (l + (phi + ... + phi^h) b) (+ or *) the season h steps ahead.
# For multiplicative-error models R's `mean` beyond one step is the model's analytic mean
# (forecast:::class3), not this point forecast; both are written.
point_forecast <- function(fit, h, trend, season, damped) {
  st <- tail(fit$model$states, 1)
  m <- frequency(fit$x)
  phi <- if (damped) fit$model$par[["phi"]] else 1
  l <- st[1, "l"]
  b <- if (trend == "A") st[1, "b"] else 0
  damp <- if (trend == "A") cumsum(phi^(1:h)) else rep(0, h)
  base <- l + damp * b
  if (season == "N") return(as.numeric(base))
  s <- st[1, paste0("s", m:1)]               # s_m is the oldest: the season of the next period
  sea <- s[((1:h) - 1) %% m + 1]
  as.numeric(if (season == "M") base * sea else base + sea)
}
add_fixed <- function(key, fit, y, h, trend, season, damped) {
  st <- fit$model$initstate
  par <- fit$model$par
  fixed[[key]] <<- list(
    y = as.numeric(y), m = frequency(y), trend = trend, season = season, damped = damped,
    alpha = unname(par["alpha"]), beta = if ("beta" %in% names(par)) unname(par["beta"]) else 0,
    gamma = if ("gamma" %in% names(par)) unname(par["gamma"]) else 0,
    phi = if ("phi" %in% names(par)) unname(par["phi"]) else 1,
    initstate = as.numeric(st), initstate_names = names(st),
    fitted = as.numeric(fitted(fit)), forecast = as.numeric(fit$mean), h = h,
    point_forecast = point_forecast(fit, h, trend, season, damped)
  )
}
ap <- AirPassengers
add_fixed("ses_nile", ses(Nile, alpha = 0.25, h = 10), Nile, 10, "N", "N", FALSE)
add_fixed("holt_airmiles", holt(airmiles, alpha = 0.8, beta = 0.2, h = 10), airmiles, 10, "A", "N", FALSE)
add_fixed("holt_damped_airmiles", holt(airmiles, alpha = 0.8, beta = 0.2, phi = 0.9, damped = TRUE, h = 10), airmiles, 10, "A", "N", TRUE)
add_fixed("hw_additive_usaccdeaths", hw(USAccDeaths, seasonal = "additive", alpha = 0.5, beta = 0.01, gamma = 0.1, h = 24), USAccDeaths, 24, "A", "A", FALSE)
add_fixed("hw_multiplicative_airpassengers", hw(ap, seasonal = "multiplicative", alpha = 0.4, beta = 0.02, gamma = 0.3, h = 24), ap, 24, "A", "M", FALSE)
add_fixed("hw_multiplicative_damped_ukgas", hw(UKgas, seasonal = "multiplicative", damped = TRUE, alpha = 0.3, beta = 0.05, gamma = 0.4, phi = 0.95, h = 12), UKgas, 12, "A", "M", TRUE)
write_json(fixed, "test/fixtures/forecast/fixed.json")
cat("done\n")
