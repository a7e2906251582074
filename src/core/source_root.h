#pragma once

namespace childrecord {

// The source tree this binary was built from: where `serve` finds templates, static assets and
// data files unless --web-root/--data-dir say otherwise, and where tests find their data files.
// Only source_root.cc knows the path, so every other object file is the same whichever folder
// the tree was cloned into (ccache shares them between clones).
const char* SourceRoot();

}  // namespace childrecord
