// Hand-offs between threads: a blocking queue, a bound on the items in flight, and the items
// taken back in their input order. The
// article pipelines that run on several threads (kg ingest, kg extract -j) are built from them.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <optional>

namespace kg {

// A queue whose pop() blocks until an item arrives or the queue is closed and empty.
template <typename T>
class Channel {
 public:
  void push(T item) {
    {
      std::lock_guard lock(mutex_);
      items_.push_back(std::move(item));
    }
    ready_.notify_one();
  }
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    return item;
  }
  void close() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    ready_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<T> items_;
  bool closed_ = false;
};

// Bounds the articles in flight, so memory stays bounded by threads, not by the corpus.
class Slots {
 public:
  explicit Slots(size_t n) : free_(n) {}
  void acquire() {
    std::unique_lock lock(mutex_);
    freed_.wait(lock, [&] { return free_ > 0; });
    --free_;
  }
  void release() {
    {
      std::lock_guard lock(mutex_);
      ++free_;
    }
    freed_.notify_one();
  }

 private:
  std::mutex mutex_;
  std::condition_variable freed_;
  size_t free_;
};

// Pops jobs off `done` until it is closed and empty, and hands them to `each` in the order of
// their `seq` (counted from 0), however the threads before it finished them.
template <typename Job, typename Each>
void for_each_in_order(Channel<Job>& done, Each&& each) {
  std::map<size_t, Job> pending;
  size_t next = 0;
  while (std::optional<Job> job = done.pop()) {
    pending.emplace(job->seq, std::move(*job));
    for (auto it = pending.find(next); it != pending.end(); it = pending.find(++next)) {
      each(it->second);
      pending.erase(it);
    }
  }
}

}  // namespace kg
