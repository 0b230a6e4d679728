#include "pdf/fonts.h"

#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>

#include <string>

namespace bizline::pdf {
namespace {

constexpr const char* kFamily = "DejaVu Sans";

// The installed face fontconfig matches for DejaVu Sans at `weight`, as a cairo face.
Result<cairo_font_face_t*> Face(int weight) {
  FcPattern* wanted = FcPatternCreate();
  FcPatternAddString(wanted, FC_FAMILY, reinterpret_cast<const FcChar8*>(kFamily));
  FcPatternAddInteger(wanted, FC_WEIGHT, weight);
  FcPatternAddInteger(wanted, FC_SLANT, FC_SLANT_ROMAN);
  FcConfigSubstitute(nullptr, wanted, FcMatchPattern);
  FcDefaultSubstitute(wanted);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, wanted, &result);
  FcPatternDestroy(wanted);
  if (match == nullptr) return Error::Unavailable("fontconfig matches no font (install fonts-dejavu-core)");
  FcChar8* family = nullptr;
  const bool found = FcPatternGetString(match, FC_FAMILY, 0, &family) == FcResultMatch &&
                     std::string(reinterpret_cast<const char*>(family)) == kFamily;
  if (!found) {
    FcPatternDestroy(match);
    return Error::Unavailable(std::string("the font ") + kFamily + " is not installed (fonts-dejavu-core)");
  }
  cairo_font_face_t* face = cairo_ft_font_face_create_for_pattern(match);  // keeps its own reference
  FcPatternDestroy(match);
  if (cairo_font_face_status(face) != CAIRO_STATUS_SUCCESS) {
    return Error::Unavailable(std::string("cairo cannot use ") + kFamily + ": " +
                              cairo_status_to_string(cairo_font_face_status(face)));
  }
  return face;
}

Result<Fonts> Load() {
  ASSIGN_OR_RETURN(cairo_font_face_t * regular, Face(FC_WEIGHT_REGULAR));
  auto bold = Face(FC_WEIGHT_BOLD);
  if (!bold) {
    cairo_font_face_destroy(regular);
    return bold.error();
  }
  return Fonts{regular, *bold};
}

}  // namespace

Result<Fonts> DejaVuSans() {
  static const Result<Fonts> fonts = Load();  // thread-safe once; fontconfig's first scan is slow
  return fonts;
}

}  // namespace bizline::pdf

// fontconfig 2.14 loses a few hundred bytes parsing its configuration files, once per process
// (FcInitLoadConfigAndFonts, under expat). Not ours to free, so the sanitized builds' leak check
// ignores leaks allocated inside libfontconfig (matched by library: it is built without frame
// pointers, so the fast unwinder sees no function name there). This file destroys every pattern
// it makes; that is read here, not checked.
#if defined(__SANITIZE_ADDRESS__)
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
#endif
