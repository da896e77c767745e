//! Checking many articles on several threads, with results in input order.
//!
//! In: an iterator of work items (paths, articles), a function from an item to its result
//! (load, check, render), a thread count, and a sink. Out: every result handed to the sink in
//! the order of the items, whatever the thread count, so output is byte-identical on one
//! thread or many.
//!
//! Items are taken from the iterator a window at a time and the window is worked on in
//! parallel, so at most a window's worth of items and results is held at once: memory does not
//! grow with the corpus, and an archive of a million articles streams through. The window is
//! large next to the thread count, so the wait for the slowest item of a window (the only time
//! a thread idles) is a small share of the work.
//!
//! It never prints and never fails: when no thread pool can be had, it works on the calling
//! thread, in the same order.

use rayon::prelude::*;

/// Items per thread in a window: enough that one slow article does not leave the other
/// threads idle for long, few enough that a window of checked articles stays small (a few MB).
const ITEMS_PER_THREAD: usize = 64;

/// Calls `sink` with `work(item)` for every item, in the items' order, working on `threads`
/// threads (at least one).
pub fn in_order<T, U, I, W, S>(items: I, threads: usize, work: W, mut sink: S)
where
    I: IntoIterator<Item = T>,
    T: Send,
    U: Send,
    W: Fn(T) -> U + Sync,
    S: FnMut(U),
{
    let threads = threads.max(1);
    let mut items = items.into_iter();
    let pool = (threads > 1)
        .then(|| rayon::ThreadPoolBuilder::new().num_threads(threads).build().ok())
        .flatten();
    let Some(pool) = pool else {
        items.map(work).for_each(sink);
        return;
    };
    let window = threads * ITEMS_PER_THREAD;
    loop {
        let batch: Vec<T> = items.by_ref().take(window).collect();
        if batch.is_empty() {
            return;
        }
        // `collect` on an indexed parallel iterator keeps the input order.
        let results: Vec<U> = pool.install(|| batch.into_par_iter().map(&work).collect());
        results.into_iter().for_each(&mut sink);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_on_any_number_of_threads() {
        for threads in [0, 1, 2, 3] {
            let mut seen = Vec::new();
            in_order(0..1000u32, threads, |n| n * 2, |n| seen.push(n));
            assert_eq!(seen, (0..1000).map(|n| n * 2).collect::<Vec<_>>(), "{threads} threads");
        }
    }
}
