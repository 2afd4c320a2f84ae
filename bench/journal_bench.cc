// Journal appends per second on a real temp file through Env::Default(), each figure beside
// its baseline in the same run:
//
//   journal/fsync_each            Append(entry, sync=true): an fsync at every commit point —
//                                 the baseline durability costs against
//   journal/group_commit/<n>      n entries appended, the n-th with sync=true: one fsync per batch
//   journal/no_sync               Append(entry, sync=false) only: the ceiling without durability
//   journal/encode_only           EncodeJournalEntry alone (JSON + CRC-32C), no I/O
//
// Entries are realistic intents of a customer-record update. The file lives in
// $BLASTRADIUS_BENCH_TMPDIR (else $TMPDIR, else /tmp) and is removed afterwards.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <string>

#include "bench_env.h"
#include "blastradius/journal.h"

namespace blastradius::bench {
namespace {

JournalEntry MakeIntent(int64_t i) {
  JournalEntry e;
  e.op = JournalOp::kIntent;
  e.txn = "run-7/tx1";
  e.run_id = "run-7";
  e.call_id = "run-7/" + std::to_string(i);
  e.tool = "update_customer";
  e.compensation = "restore_customer";
  e.args = {{"customer_id", "C-1042"}, {"field", "email"}, {"value", "new@example.com"},
            {"step", i}};
  return e;
}

// A fresh journal file per benchmark, removed when done.
class ScratchJournal {
 public:
  explicit ScratchJournal(const std::string& name) : path_(ScratchPath(name)) {
    Env::Default()->RemoveFile(path_).IgnoreError();
    StatusOr<std::unique_ptr<Journal>> j = Journal::Open(Env::Default(), path_);
    if (j.ok()) journal_ = std::move(*j);
    else error_ = j.status().ToString();
  }
  ~ScratchJournal() {
    journal_.reset();
    Env::Default()->RemoveFile(path_).IgnoreError();
  }
  Journal* get() const { return journal_.get(); }
  const std::string& error() const { return error_; }

 private:
  std::string path_;
  std::unique_ptr<Journal> journal_;
  std::string error_;
};

// Appends `batch` entries per iteration, syncing only the last when `sync_last`.
void BM_Append(benchmark::State& state, int batch, bool sync_last) {
  ScratchJournal journal("journal-" + std::to_string(batch) + ".jsonl");
  if (!journal.get()) {
    state.SkipWithError(journal.error().c_str());
    return;
  }
  int64_t n = 0;
  for (auto _ : state) {
    for (int i = 1; i <= batch; ++i) {
      Status st = journal.get()->Append(MakeIntent(n++), sync_last && i == batch);
      if (!st.ok()) {
        state.SkipWithError(st.ToString().c_str());
        return;
      }
    }
  }
  state.SetItemsProcessed(state.iterations() * batch);
  state.counters["entries_per_fsync"] = sync_last ? batch : 0;
}

void BM_EncodeOnly(benchmark::State& state) {
  int64_t n = 0;
  size_t bytes = 0;
  for (auto _ : state) {
    std::string line = EncodeJournalEntry(MakeIntent(n++));
    bytes += line.size();
    benchmark::DoNotOptimize(line.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void RegisterAll() {
  using benchmark::RegisterBenchmark;
  RegisterBenchmark("journal/fsync_each", BM_Append, 1, true)->UseRealTime();
  for (int batch : {8, 64}) {
    RegisterBenchmark(("journal/group_commit/" + std::to_string(batch)).c_str(), BM_Append,
                      batch, true)
        ->UseRealTime();
  }
  // Bounded: without fsync the file would grow by hundreds of MB in half a second.
  RegisterBenchmark("journal/no_sync", BM_Append, 1, false)->Iterations(200'000)->UseRealTime();
  RegisterBenchmark("journal/encode_only", BM_EncodeOnly);
}

}  // namespace
}  // namespace blastradius::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  blastradius::bench::RegisterAll();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
