//! `cargo +nightly fuzz run raw_bytes`: the bytes as Ruby source on a fresh
//! VM — the shape OSS-Fuzz uses for mruby; the baseline `gc_alias` is
//! measured against (`scripts/fuzz-compare`).
#![no_main]

use libfuzzer_sys::{fuzz_target, Corpus};

gcstress_fuzz::sanitizer_defaults!();

fuzz_target!(
    init: gcstress_fuzz::init(),
    |data: &[u8]| -> Corpus { gcstress_fuzz::raw_bytes(data) }
);
