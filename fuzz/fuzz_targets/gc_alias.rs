//! `cargo +nightly fuzz run gc_alias`: generator bytes → (program, GC schedule)
//! with `hunt`'s generator, run in process on the linked VM with the heap
//! verifier; GC-state counters and the VM's own edges guide libFuzzer.
#![no_main]

use gcstress_fuzz::GcAliasInput;
use libfuzzer_sys::{fuzz_target, Corpus};

gcstress_fuzz::sanitizer_defaults!();

fuzz_target!(
    init: gcstress_fuzz::init(),
    |input: GcAliasInput| -> Corpus { gcstress_fuzz::gc_alias(&input) }
);
