//! Checking many articles on several threads, with results in input order.
//!
//! In: an iterator of work items (paths, articles), a function from an item to its result
//! (load, check, render), a thread count, and a sink. Out: every result handed to the sink in
//! the order of the items, whatever the thread count, so output is byte-identical on one
//! thread or many.
//!
//! Items are taken from the iterator a window at a time and the window is worked on in
//! parallel, so at most two windows' worth of items and results are held at once: memory does
//! not grow with the corpus, and an archive of a million articles streams through. The window is
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
    // Two windows in flight: the pool works on the next window while this thread hands the
    // last one's results to the sink (and reads the next items), so the sink's work (writing
    // output) overlaps the checking instead of leaving the pool idle.
    //
    // The window is handed to the pool from a helper thread that sleeps until the pool is done
    // (`install` blocks on a lock), so that this thread is free for the sink meanwhile, and no
    // thread outside the pool does anything but wait while the workers check.
    let mut ready: Option<Vec<U>> = None;
    loop {
        let batch: Vec<T> = items.by_ref().take(window).collect();
        if batch.is_empty() && ready.is_none() {
            return;
        }
        let pool = &pool;
        let work = &work;
        let next = std::thread::scope(|scope| {
            let helper = (!batch.is_empty()).then(|| {
                // `collect` on an indexed parallel iterator keeps the input order.
                scope.spawn(move || {
                    pool.install(|| batch.into_par_iter().map(work).collect::<Vec<U>>())
                })
            });
            if let Some(results) = ready.take() {
                results.into_iter().for_each(&mut sink);
            }
            // A panic in `work` is the caller's: it goes on up as it would on one thread.
            helper.map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        });
        ready = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Overrides};
    use crate::canon::Canon;
    use crate::check::Matcher;
    use crate::render::snapshot;

    #[test]
    fn one_and_two_threads_check_the_seeds_alike() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let canon = Canon::load(&root.join("claims.yaml")).expect("the canon loads");
        let matcher = Matcher::new(&canon);
        let mut paths: Vec<_> = std::fs::read_dir(root.join("tests/articles"))
            .expect("the seeds")
            .map(|e| e.expect("an entry").path())
            .collect();
        paths.sort();
        // Enough copies for two windows of two threads (see `ITEMS_PER_THREAD`).
        let work: Vec<_> = paths.iter().cycle().take(paths.len() * 27).collect();
        let run = |threads| {
            let mut out = String::new();
            in_order(
                work.iter(),
                threads,
                |path| {
                    let article = Article::load(path).expect("the article loads");
                    let name = article.path.clone();
                    snapshot::findings(&name, &matcher.check_article(article, Overrides::default()))
                },
                |rendered| out.push_str(&rendered),
            );
            out
        };
        let one = run(1);
        assert!(one.contains("discrepant"));
        assert_eq!(one, run(2));
    }

    #[test]
    fn results_come_in_input_order_on_any_number_of_threads() {
        for threads in [0, 1, 2, 3] {
            let mut seen = Vec::new();
            in_order(0..1000u32, threads, |n| n * 2, |n| seen.push(n));
            assert_eq!(seen, (0..1000).map(|n| n * 2).collect::<Vec<_>>(), "{threads} threads");
        }
    }
}
