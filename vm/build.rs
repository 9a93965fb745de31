// Tells dependent build scripts (the fuzz crate, the Artichoke backend) where
// the C shim lives: they read DEP_GCSTRESS_SHIM_SOURCES_DIR. Also lists the
// functions the shim defines (`SHIM_FUNCTIONS`), so crash signatures never
// blame gcstress's own hooks for where a VM bug happened to end.
fn main() {
    let dir = std::path::Path::new(
        &std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    )
    .join("shim");
    println!("cargo:dir={}", dir.display());
    println!("cargo:rerun-if-changed=shim");
    let mut names: Vec<String> = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("vm/shim exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("shim sources are UTF-8");
        for line in text.lines() {
            // a definition starts at column 0: `static void name(args) {`
            let first = line.chars().next();
            if !first.is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                || line.trim_end().ends_with(';')
                || line.starts_with("typedef")
                || line.starts_with("struct ") && !line.contains('(')
            {
                continue;
            }
            let Some(paren) = line.find('(') else {
                continue;
            };
            let head = &line[..paren];
            let name: String = head
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<String>()
                .chars()
                .rev()
                .collect();
            if name.is_empty() || name.starts_with("mrb_") || head.contains('=') {
                continue;
            }
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names.sort();
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("shim_functions.rs");
    let body: String = names.iter().map(|n| format!("    {n:?},\n")).collect();
    std::fs::write(
        out,
        format!("/// Functions the C shim defines (sorted).\npub static SHIM_FUNCTIONS: &[&str] = &[\n{body}];\n"),
    )
    .expect("write shim_functions.rs");
}
