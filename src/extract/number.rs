//! Numbers, quantities and ordinals, in Indonesian and English.

use crate::extract::Scan;
use crate::mention::Mention;

pub(super) fn extract(scan: &mut Scan, out: &mut Vec<Mention>) {
    let _ = (scan, out);
}
