// Tells dependent build scripts (the fuzz crate, the Artichoke backend) where
// the C shim lives: they read DEP_GCSTRESS_SHIM_SOURCES_DIR.
fn main() {
    let dir = std::path::Path::new(
        &std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    )
    .join("shim");
    println!("cargo:dir={}", dir.display());
    println!("cargo:rerun-if-changed=shim");
}
