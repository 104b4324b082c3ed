# Reference values for the forecast-accuracy functions, from R's `forecast` package.
#
# For real series from R's `datasets` (AirPassengers and co2 monthly, UKgas quarterly), each
# method is fitted on all but the last two years and forecasts those two years. The JSON keeps
# the training series, the test actuals, the forecasts, and:
#   - forecast::accuracy(f, x) test-set row: ME, RMSE, MAE, MPE, MAPE, MASE (R sign: e = A - F,
#     MAPE/MPE in percent, MASE scaled by the in-sample seasonal-naive MAE with lag = frequency);
#   - measures `forecast` does not report, written out here from their definitions:
#     WAPE = sum|e| / sum|A|, M4 sMAPE = mean(200|e| / (|A| + |F|)), tracking signal
#     = sum(e) / mean|e|, S&OP bias = sum(F - A) / sum(A), and FVA (WAPE) against the naive
#     forecast inside the test window.
#
# Run: Rscript scripts/reference/accuracy.R   (writes test/fixtures/accuracy/*.json)
suppressPackageStartupMessages(library(forecast))

num <- function(x) {
  formatC(as.numeric(x), digits = 17, format = "g")
}
arr <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
obj <- function(...) {
  kv <- list(...)
  paste0("{", paste(sprintf("\"%s\": %s", names(kv), unlist(kv)), collapse = ", "), "}")
}

case <- function(name, series, method, h) {
  n <- length(series)
  train <- window(series, end = time(series)[n - h])
  test <- window(series, start = time(series)[n - h + 1])
  fc <- switch(method,
    snaive = snaive(train, h = h),
    naive = naive(train, h = h),
    ets = forecast(ets(train), h = h)
  )
  acc <- accuracy(fc, series)
  a <- as.numeric(test)
  f <- as.numeric(fc$mean)
  e <- a - f
  m <- frequency(series)
  # FVA of the method against the naive forecast inside the test window (B_t = A_(t-1)), WAPE.
  a2 <- a[-1]
  wape <- function(actual, forecast) sum(abs(actual - forecast)) / sum(abs(actual))
  fva <- wape(a2, a[-length(a)]) - wape(a2, f[-1])
  obj(
    series = sprintf("\"%s\"", name),
    method = sprintf("\"%s\"", method),
    frequency = num(m),
    history = arr(train),
    actuals = arr(a),
    forecasts = arr(f),
    r_accuracy_test = obj(
      ME = num(acc["Test set", "ME"]),
      RMSE = num(acc["Test set", "RMSE"]),
      MAE = num(acc["Test set", "MAE"]),
      MPE = num(acc["Test set", "MPE"]),
      MAPE = num(acc["Test set", "MAPE"]),
      MASE = num(acc["Test set", "MASE"])
    ),
    from_definitions = obj(
      WAPE = num(sum(abs(e)) / sum(abs(a))),
      sMAPE_M4 = num(mean(200 * abs(e) / (abs(a) + abs(f)))),
      trackingSignal = num(sum(e) / mean(abs(e))),
      biasPercent = num(sum(f - a) / sum(a)),
      seasonalNaiveScale = num(mean(abs(diff(as.numeric(train), lag = m)))),
      fvaWapeVsNaive = num(fva)
    )
  )
}

out <- "test/fixtures/accuracy"
dir.create(out, recursive = TRUE, showWarnings = FALSE)
specs <- list(
  list("AirPassengers", AirPassengers, 24),
  list("co2", co2, 24),
  list("UKgas", UKgas, 8)
)
for (s in specs) {
  cases <- vapply(c("snaive", "naive", "ets"), function(meth) case(s[[1]], s[[2]], meth, s[[3]]), "")
  body <- paste0(
    "{\"generator\": \"scripts/reference/accuracy.R\", \"r\": \"", R.version.string,
    "\", \"forecast\": \"", as.character(packageVersion("forecast")), "\", \"cases\": [\n",
    paste(cases, collapse = ",\n"), "\n]}\n"
  )
  writeLines(body, file.path(out, paste0(s[[1]], ".json")), sep = "")
}
cat("wrote", length(specs), "fixtures to", out, "\n")
