# Minimal JSON writer shared by the reference scripts (Debian's R here has no jsonlite).
# Run from the repository root: source("scripts/reference/json.R").
# Named lists -> objects, unnamed lists -> arrays; a vector of length > 1, or one marked by
# json_array(), -> an array; numbers with `digits` significant digits, non-finite -> null.
# `step` is the indentation per level and `sep` the separator between array elements.
to_json <- function(x, indent = "", step = "  ", digits = 17, sep = ", ") {
  inner <- paste0(indent, step)
  nested <- function(v) to_json(v, inner, step, digits, sep)
  if (is.list(x)) {
    keys <- names(x)
    if (is.null(keys)) {
      parts <- vapply(x, function(v) paste0(inner, nested(v)), "")
      return(paste0("[\n", paste(parts, collapse = ",\n"), "\n", indent, "]"))
    }
    parts <- vapply(seq_along(x), function(i) paste0(inner, '"', keys[i], '": ', nested(x[[i]])), "")
    return(paste0("{\n", paste(parts, collapse = ",\n"), "\n", indent, "}"))
  }
  if (is.character(x)) v <- paste0('"', gsub('"', '\\\\"', x), '"')
  else if (is.logical(x)) v <- ifelse(x, "true", "false")
  else v <- ifelse(is.finite(x), sprintf(paste0("%.", digits, "g"), x), "null")
  if (length(x) == 1 && !isTRUE(attr(x, "array"))) v else paste0("[", paste(v, collapse = sep), "]")
}

# A numeric vector written as an array even when it has one element.
json_array <- function(x) structure(as.numeric(x), array = TRUE)

# Write `x` to `path`; `...` are to_json's style arguments.
write_json <- function(x, path, ...) writeLines(to_json(x, ...), path)
