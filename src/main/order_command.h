// `bizline order check`: order eligibility (src/domain/ordering/) for Order Forms given as JSON,
// one per line with --batch. The JSON -> OrderRequest parsing lives in src/http/order_form_json.h,
// shared with `POST productOrder` so the CLI and the API give the same verdict.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/ordering/order_request.h"
#include "http/ordering/order_form_json.h"

namespace bizline {

// Adds the `order` command group. `catalog_dir` is called when a command runs and names the
// directory holding offer.yaml and prices.yaml. A failing command throws CLI::RuntimeError
// carrying the exit code (2 for a bad catalog or input, 1 otherwise) after printing to stderr.
void AddOrderCommand(CLI::App& app, std::function<std::string()> catalog_dir);

}  // namespace bizline
