# Reference prediction intervals for SOP.FORECASTINTERVAL (issue 12).
# Run: Rscript scripts/reference/interval.R   (writes test/fixtures/forecast/interval.json)
# Needs Debian's r-cran-forecast. R's forecast.ets gives additive-error models with no or an
# additive season (class 1 of Hyndman et al. 2008, ch. 6) the analytic variance
# v_k = sigma2 (1 + sum_{j<k} c_j^2), sigma2 = SSE / (n - number of estimated parameters).
# Each case fixes the model form (ets(model = ...)) and writes R's parameters, sigma2, point
# forecasts and 80 % / 95 % bounds, so a test can check the variance formula on R's own
# parameters (exact) and the whole fit-and-interval pipeline on the same model form (tolerance).
suppressMessages(library(forecast))
source("scripts/reference/json.R")

par_or <- function(fit, name, default) if (name %in% names(fit$par)) unname(fit$par[[name]]) else default
case <- function(y, model, damped, h) {
  fit <- ets(y, model = model, damped = damped)
  fc <- forecast(fit, h = h, level = c(80, 95))
  list(
    y = as.numeric(y), m = frequency(y), model = model, damped = damped, h = h,
    alpha = par_or(fit, "alpha", 0), beta = par_or(fit, "beta", 0), gamma = par_or(fit, "gamma", 0),
    phi = par_or(fit, "phi", 1), sigma2 = fit$sigma2, n_par = length(fit$par), sse = sum(residuals(fit)^2),
    mean = as.numeric(fc$mean),
    lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
    lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2])
  )
}
walk <- function(fit, y, h) {
  list(
    y = as.numeric(y), m = frequency(y), h = h, mean = as.numeric(fit$mean),
    lower80 = as.numeric(fit$lower[, 1]), upper80 = as.numeric(fit$upper[, 1]),
    lower95 = as.numeric(fit$lower[, 2]), upper95 = as.numeric(fit$upper[, 2])
  )
}
out <- list(
  ses_nile = case(Nile, "ANN", FALSE, 10),
  holt_airmiles = case(airmiles, "AAN", FALSE, 10),
  holt_damped_airmiles = case(airmiles, "AAN", TRUE, 10),
  hw_additive_usaccdeaths = case(USAccDeaths, "ANA", FALSE, 24),
  hw_additive_trend_ldeaths = case(ldeaths, "AAA", FALSE, 24),
  hw_additive_damped_nottem = case(nottem, "AAA", TRUE, 24),
  naive_nile = walk(naive(Nile, h = 10, level = c(80, 95)), Nile, 10),
  snaive_usaccdeaths = walk(snaive(USAccDeaths, h = 30, level = c(80, 95)), USAccDeaths, 30)
)
meta <- list(r_version = R.version.string, forecast_version = as.character(packageVersion("forecast")))
write_json(list(meta = meta, cases = out), "test/fixtures/forecast/interval.json")
cat("done\n")
