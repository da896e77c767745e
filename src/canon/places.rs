//! Where the canon's places lie: which lies within which, from the entities' `within`. A city
//! lies in its province and the province in its country, so "in East Java" does not contradict
//! Surabaya, and "in Surabaya" does not contradict East Java.
//!
//! In: each entity's `within`, already validated (defined ids, no cycle). Out: [`Places`], which
//! tells how two entities stand to each other ([`Places::nesting`]).
//!
//! Only the places the canon places are compared: an entity with a `within`, or one named in
//! another's. The canon is taken to say all that holds between them, so two such places
//! neither of which lies within the other are apart. An entity the canon does not place (a
//! person, an organisation, a place written without `within`) is never compared: nothing says
//! where it lies.

use std::collections::{BTreeMap, BTreeSet};

/// How one place stands to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nesting {
    /// The same place.
    Same,
    /// The first lies within the second (Surabaya, East Java).
    Inside,
    /// The second lies within the first (East Java, Surabaya).
    Holds,
    /// Neither lies within the other.
    Apart,
}

/// The places of a canon, each with every place it lies within.
#[derive(Debug, Default)]
pub struct Places {
    /// Every placed entity → the places it lies within, however deep.
    within: BTreeMap<String, BTreeSet<String>>,
}

impl Places {
    /// The places of entities given as (id, the ids of its `within`). A cycle, which validation
    /// rejects, does not make it loop: each place is walked once.
    pub fn new<'a>(entities: impl IntoIterator<Item = (&'a str, &'a [String])>) -> Places {
        let direct: BTreeMap<&str, &[String]> =
            entities.into_iter().filter(|(_, within)| !within.is_empty()).collect();
        let mut within: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (&id, larger) in &direct {
            let mut all = BTreeSet::new();
            let mut todo: Vec<&str> = larger.iter().map(String::as_str).collect();
            while let Some(place) = todo.pop() {
                if place != id && all.insert(place.to_string()) {
                    todo.extend(
                        direct.get(place).into_iter().flat_map(|l| l.iter()).map(String::as_str),
                    );
                }
            }
            for place in &all {
                within.entry(place.clone()).or_default();
            }
            within.insert(id.to_string(), all);
        }
        Places { within }
    }

    /// The canon says where `id` lies: it has a `within`, or another place lies within it.
    pub fn is_placed(&self, id: &str) -> bool {
        self.within.contains_key(id)
    }

    /// No entity of the canon is placed.
    pub fn is_empty(&self) -> bool {
        self.within.is_empty()
    }

    /// How `a` stands to `b`, when the canon places both; `None` when it does not say where one
    /// of them lies.
    pub fn nesting(&self, a: &str, b: &str) -> Option<Nesting> {
        let (of_a, of_b) = (self.within.get(a)?, self.within.get(b)?);
        Some(if a == b {
            Nesting::Same
        } else if of_a.contains(b) {
            Nesting::Inside
        } else if of_b.contains(a) {
            Nesting::Holds
        } else {
            Nesting::Apart
        })
    }

    /// Every place `id` lies within, however deep; `None` when the canon does not place it.
    pub fn within(&self, id: &str) -> Option<&BTreeSet<String>> {
        self.within.get(id)
    }

    /// The placed entities, in the order of their ids.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.within.keys().map(String::as_str)
    }
}

/// A cycle of `within`: each entity of `graph` (id → the ids of its `within`) that closes one,
/// with the path around it from the place it names back to itself ("a" → "b" → "a"). Each
/// cycle is given once, at the entity where a walk in the order of the ids first closes it.
pub fn cycles<'a>(graph: &BTreeMap<&'a str, Vec<&'a str>>) -> Vec<(&'a str, Vec<&'a str>)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    let mut marks: BTreeMap<&str, Mark> = BTreeMap::new();
    let mut out = Vec::new();
    for &start in graph.keys() {
        if marks.contains_key(start) {
            continue;
        }
        // A walk without recursion: the path, and for each step the next edge to follow.
        let mut path: Vec<(&str, usize)> = vec![(start, 0)];
        marks.insert(start, Mark::Open);
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            let edges = graph.get(node).map_or(&[][..], Vec::as_slice);
            let Some(&to) = edges.get(*next) else {
                marks.insert(node, Mark::Done);
                path.pop();
                continue;
            };
            *next += 1;
            match marks.get(to) {
                Some(Mark::Open) => {
                    let from = path.iter().position(|&(n, _)| n == to).unwrap_or(0);
                    let mut around: Vec<&str> = path[from..].iter().map(|&(n, _)| n).collect();
                    around.push(to);
                    out.push((node, around));
                }
                Some(Mark::Done) => {}
                None => {
                    marks.insert(to, Mark::Open);
                    path.push((to, 0));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(pairs: &[(&str, &[&str])]) -> Places {
        let owned: Vec<(String, Vec<String>)> = pairs
            .iter()
            .map(|(id, within)| (id.to_string(), within.iter().map(|w| w.to_string()).collect()))
            .collect();
        Places::new(owned.iter().map(|(id, within)| (id.as_str(), within.as_slice())))
    }

    #[test]
    fn places_nest_however_deep() {
        let p = places(&[
            ("surabaya", &["jawa-timur"]),
            ("jawa-timur", &["indonesia"]),
            ("cianjur", &["jawa-barat"]),
            ("jawa-barat", &["indonesia"]),
            ("bnpb", &[]),
        ]);
        assert_eq!(p.nesting("surabaya", "surabaya"), Some(Nesting::Same));
        assert_eq!(p.nesting("surabaya", "indonesia"), Some(Nesting::Inside));
        assert_eq!(p.nesting("jawa-timur", "surabaya"), Some(Nesting::Holds));
        assert_eq!(p.nesting("surabaya", "cianjur"), Some(Nesting::Apart));
        assert_eq!(p.nesting("jawa-timur", "jawa-barat"), Some(Nesting::Apart));
        // Nothing says where an entity without `within` lies, unless a place lies within it.
        assert!(p.is_placed("indonesia"));
        assert_eq!(p.nesting("surabaya", "bnpb"), None);
        assert_eq!(p.nesting("jakarta", "jakarta"), None);
    }

    #[test]
    fn a_place_may_lie_within_several() {
        // A strait between two regencies lies in the waters of both.
        let p =
            places(&[("selat-bali", &["banyuwangi", "jembrana"]), ("ketapang", &["banyuwangi"])]);
        assert_eq!(p.nesting("selat-bali", "jembrana"), Some(Nesting::Inside));
        assert_eq!(p.nesting("ketapang", "selat-bali"), Some(Nesting::Apart));
    }

    #[test]
    fn a_cycle_is_found_once_and_does_not_loop() {
        let graph: BTreeMap<&str, Vec<&str>> = [
            ("a", vec!["b"]),
            ("b", vec!["c"]),
            ("c", vec!["a"]),
            ("d", vec!["d"]),
            ("e", vec!["a"]),
        ]
        .into_iter()
        .collect();
        assert_eq!(cycles(&graph), [("c", vec!["a", "b", "c", "a"]), ("d", vec!["d", "d"])]);
        let p = places(&[("a", &["b"]), ("b", &["a"])]);
        assert_eq!(p.nesting("a", "b"), Some(Nesting::Inside));
    }
}
