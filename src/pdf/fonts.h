// The document writer's typeface: DejaVu Sans (Debian fonts-dejavu-core), found through
// fontconfig and handed to cairo, which embeds the glyphs a document uses. One face covers Latin
// with its accents, the euro sign and the dashes, so a report reads the same on every reader
// whatever fonts it has. Found once per process; the faces live as long as it does.
#pragma once

#include <cairo.h>

#include "domain/core/result.h"

namespace bizline::pdf {

struct Fonts {
  cairo_font_face_t* regular = nullptr;
  cairo_font_face_t* bold = nullptr;
};

// Unavailable when fontconfig finds no DejaVu Sans (rather than drawing with a substitute that
// may lack the glyphs or differ from one machine to the next).
Result<Fonts> DejaVuSans();

}  // namespace bizline::pdf
