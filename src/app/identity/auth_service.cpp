#include "app/identity/auth_service.h"

#include <algorithm>
#include <cctype>

#include "app/core/permissions.h"
#include "app/identity/ports.h"
#include "app/party/ports.h"

namespace bizline {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

constexpr std::size_t kMinPasswordLength = 4;

}  // namespace

Result<LoginResult> AuthService::Login(const std::string& email, const std::string& password) {
  // One message for every failure, so the answer does not reveal which e-mails exist.
  const Error wrong = Error::Unauthenticated("the e-mail or password is wrong");
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto user = Users(*tx).FindByEmail(Lower(email));
  if (!user) {
    if (user.error().code == ErrorCode::kNotFound) {
      failed_logins_.fetch_add(1, std::memory_order_relaxed);
      return wrong;
    }
    return user.error();
  }
  if (!crypto_.VerifyPassword(password, user->password_hash)) {
    failed_logins_.fetch_add(1, std::memory_order_relaxed);
    return wrong;
  }

  LoginResult result{crypto_.NewToken(), clock_.Now() + token_lifetime_, *user};
  AuthSession session{crypto_.HashToken(result.token), user->id, result.expires_at};
  TRY(Users(*tx).InsertSession(session));
  TRY(Users(*tx).DeleteExpiredSessions(clock_.Now()));
  TRY((tx)->Commit());
  result.user.password_hash.clear();
  return result;
}

Status AuthService::Logout(const std::string& token) {
  const std::string hash = crypto_.HashToken(token);
  cache_.Erase(hash);  // before the delete: no lookup may re-cache it from here on
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  TRY(Users(*tx).DeleteSession(hash));
  auto committed = (tx)->Commit();
  // Again after the commit: a lookup that began between the first erase and the commit still
  // found the row and may have cached it.
  cache_.Erase(hash);
  return committed;
}

Result<Principal> AuthService::Authenticate(const std::string& token) {
  const Error invalid = Error::Unauthenticated("a valid bearer token is required (POST /auth/login)");
  if (token.empty()) return invalid;
  const std::string hash = crypto_.HashToken(token);
  const Instant now = clock_.Now();
  if (auto cached = cache_.Find(hash, now)) return *cached;
  const std::uint64_t epoch = cache_.Epoch();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto session = Users(*tx).FindSession(hash);
  if (!session) return session.error().code == ErrorCode::kNotFound ? invalid : session.error();
  if (session->expires_at <= now) return invalid;
  auto user = Users(*tx).Get(session->user_id);
  if (!user) return user.error().code == ErrorCode::kNotFound ? invalid : user.error();
  Principal principal{user->id, user->role, user->customer_id};
  cache_.Put(hash, principal, session->expires_at, now, epoch);
  return principal;
}

Result<SessionView> AuthService::Session(const std::string& token) {
  ASSIGN_OR_RETURN(Principal principal, Authenticate(token));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto session = Users(*tx).FindSession(crypto_.HashToken(token));
  if (!session) return Error::Unauthenticated("the session has ended; log in again");
  ASSIGN_OR_RETURN(User user, Users(*tx).Get(principal.user_id));
  user.password_hash.clear();
  return SessionView{std::move(user), session->expires_at, CsrfToken(token)};
}

std::string AuthService::CsrfToken(const std::string& session_token) const {
  // A different hash input than the stored token hash, so the database never holds it.
  return crypto_.HashToken("csrf:" + session_token);
}

bool AuthService::CsrfTokenMatches(const std::string& session_token, std::string_view presented) const {
  const std::string expected = CsrfToken(session_token);
  if (presented.size() != expected.size()) return false;
  unsigned char differ = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    differ |= static_cast<unsigned char>(expected[i] ^ presented[i]);
  }
  return differ == 0;
}

Result<User> AuthService::Me(const Principal& principal) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto user = Users(*tx).Get(principal.user_id);
  if (user) user->password_hash.clear();
  return user;
}

Result<UserId> AuthService::AddUser(const Principal& principal, NewUser user) {
  TRY(Require(principal, Operation::kUserCreate));
  return AddUserAsSystem(std::move(user));
}

Result<UserId> AuthService::AddUserAsSystem(NewUser draft) {
  if (draft.password.size() < kMinPasswordLength) {
    return Error::Invalid("password", "the password needs at least 4 characters");
  }
  User user{UserId(), draft.email, draft.name, draft.role, draft.customer_id, {}, clock_.Now()};
  TRY(ValidateNewUser(user));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  if (user.customer_id.valid()) {
    if (auto c = Customers(*tx).Get(user.customer_id); !c) {
      return Error::Invalid("customer", "no customer with id " + std::to_string(user.customer_id.value()));
    }
  }
  user.password_hash = crypto_.HashPassword(draft.password);
  auto id = Users(*tx).Insert(user);
  if (!id) {
    if (id.error().code == ErrorCode::kAlreadyExists)
      return Error::Exists("a user with e-mail " + user.email + " exists");
    return id.error();
  }
  TRY((tx)->Commit());
  return id;
}

}  // namespace bizline
