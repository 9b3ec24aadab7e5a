#pragma once

namespace majlis::crashpoint {

// Named places where a crash would hurt most: just before and just after a commit, in the middle
// of a batch. When the environment variable MAJLIS_CRASH_AT names one ("import.before-commit"),
// the process dies there the way SIGKILL or a pulled power cord would end it: nothing unwinds,
// nothing is flushed. The crash-safety tests use it to land exactly where a random kill rarely
// does. Unset, a point costs one comparison against a name read once.
//
// The points: import.mid-batch, import.before-commit, import.after-commit, merge.before-commit,
// merge.after-commit, sync.push.after-ack (the server acknowledged, the laptop has not noted it),
// sync.pull.before-commit, sync.pull.after-commit, server.push.before-commit,
// server.push.after-commit (committed, the answer not sent).
void hit(const char *name);

} // namespace majlis::crashpoint
