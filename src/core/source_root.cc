#include "core/source_root.h"

namespace childrecord {

const char* SourceRoot() { return CHILDRECORD_SOURCE_ROOT; }

}  // namespace childrecord
