// A unique temporary directory, removed with everything in it when the object dies.
#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace bizline::testing {

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("bizline-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string SqliteUrl(const std::string& name = "test.db") const { return "sqlite:" + (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace bizline::testing
