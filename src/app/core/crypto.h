// Password hashing and bearer tokens. The production implementation uses libsodium
// (argon2id, OS randomness); tests may substitute a cheaper hasher.
#pragma once

#include <string>

namespace bizline {

class Crypto {
 public:
  virtual ~Crypto() = default;
  virtual std::string HashPassword(const std::string& password) const = 0;
  virtual bool VerifyPassword(const std::string& password, const std::string& hash) const = 0;
  // A fresh opaque token with 256 bits of randomness, URL-safe.
  virtual std::string NewToken() const = 0;
  // The form stored in the database: a token is never stored in clear.
  virtual std::string HashToken(const std::string& token) const = 0;
};

class SodiumCrypto final : public Crypto {
 public:
  SodiumCrypto();
  std::string HashPassword(const std::string& password) const override;
  bool VerifyPassword(const std::string& password, const std::string& hash) const override;
  std::string NewToken() const override;
  std::string HashToken(const std::string& token) const override;
};

}  // namespace bizline
