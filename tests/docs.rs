//! The documentation's links: every relative link and `#anchor` in README.md,
//! ARCHITECTURE.md (and any other top-level page) and the book (docs/src)
//! points at a file that exists and a heading it has; every book page is in
//! docs/src/SUMMARY.md; links from the book stay inside docs/src (anything
//! else is a dead link in the rendered book); README.md stays a front page
//! (at most 150 lines). No VM, no network: this reads files only.
//!
//! Heading anchors follow mdBook (and GitHub, which agrees on these): inline
//! markup dropped, lowercase, whitespace to `-`, other punctuation dropped,
//! `-1`, `-2`, ... for repeats. `{{#include FILE}}` / `{{#include FILE:ANCHOR}}`
//! is expanded first, so included text is checked where it is rendered.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

const README_MAX_LINES: usize = 150;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("harness/ has a parent")
        .to_path_buf()
}

fn book_src() -> PathBuf {
    root().join("docs/src")
}

/// `a/b/../c` → `a/c` without touching the file system (the target may not exist).
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The text of `FILE` or of the part between `ANCHOR: name` and
/// `ANCHOR_END: name` (mdBook's rule: the lines holding the markers are
/// dropped, as are other markers inside).
fn include_part(file: &Path, anchor: Option<&str>) -> Result<String, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let Some(anchor) = anchor else {
        return Ok(text);
    };
    if anchor.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "{}: line-number includes are fragile; use an ANCHOR",
            file.display()
        ));
    }
    let start = format!("ANCHOR: {anchor}");
    let end = format!("ANCHOR_END: {anchor}");
    let mut inside = false;
    let mut found = false;
    let mut out = String::new();
    for line in text.lines() {
        if line.contains(&end) {
            inside = false;
            continue;
        }
        if line.contains(&start) {
            inside = true;
            found = true;
            continue;
        }
        if inside && !line.contains("ANCHOR") {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !found {
        return Err(format!("{}: no `ANCHOR: {anchor}`", file.display()));
    }
    Ok(out)
}

/// The page as mdBook renders it: `{{#include ...}}` lines replaced by what they include.
fn expanded(page: &Path, errors: &mut Vec<String>) -> String {
    let text = read(page);
    let dir = page.parent().expect("a page is in a directory");
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim();
        if let Some(rest) = t
            .strip_prefix("{{#include ")
            .and_then(|r| r.strip_suffix("}}"))
        {
            let spec = rest.trim();
            let (file, anchor) = match spec.split_once(':') {
                Some((f, a)) => (f, Some(a)),
                None => (spec, None),
            };
            match include_part(&dir.join(file), anchor) {
                Ok(s) => out.push_str(&s),
                Err(e) => errors.push(format!("{}: include: {e}", page.display())),
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Lines outside fenced code blocks.
fn prose_lines(text: &str) -> Vec<&str> {
    let mut fence: Option<(char, usize)> = None;
    let mut out = Vec::new();
    for line in text.lines() {
        let t = line.trim_start();
        let ch = t.chars().next().unwrap_or(' ');
        if ch == '`' || ch == '~' {
            let n = t.chars().take_while(|&c| c == ch).count();
            if n >= 3 {
                match fence {
                    None => {
                        fence = Some((ch, n));
                        continue;
                    }
                    Some((c, m)) if c == ch && n >= m && t[n..].trim().is_empty() => {
                        fence = None;
                        continue;
                    }
                    _ => {}
                }
            }
        }
        if fence.is_none() {
            out.push(line);
        }
    }
    out
}

/// The line without its inline code spans (a link inside backticks is text).
fn without_code_spans(line: &str) -> String {
    let b: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == '`' {
            let n = b[i..].iter().take_while(|&&c| c == '`').count();
            // the closing run of exactly n backticks
            let mut j = i + n;
            let mut close = None;
            while j < b.len() {
                if b[j] == '`' {
                    let m = b[j..].iter().take_while(|&&c| c == '`').count();
                    if m == n {
                        close = Some(j);
                        break;
                    }
                    j += m;
                } else {
                    j += 1;
                }
            }
            match close {
                Some(j) => {
                    out.push_str("CODE");
                    i = j + n;
                }
                None => {
                    out.extend(&b[i..i + n]);
                    i += n;
                }
            }
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// Link targets on the page: `[text](target)`, `![alt](target)`, `[ref]: target`.
fn link_targets(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in prose_lines(text) {
        let line = without_code_spans(line);
        let t = line.trim_start();
        if t.starts_with('[') {
            if let Some(pos) = t.find("]:") {
                if !t[..pos].contains("](") {
                    if let Some(target) = t[pos + 2..].split_whitespace().next() {
                        out.push(target.trim_matches(['<', '>']).to_string());
                    }
                    continue;
                }
            }
        }
        let mut rest = line.as_str();
        while let Some(pos) = rest.find("](") {
            let after = &rest[pos + 2..];
            // up to the matching ')'
            let mut depth = 0usize;
            let mut end = after.len();
            for (i, c) in after.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' if depth == 0 => {
                        end = i;
                        break;
                    }
                    ')' => depth -= 1,
                    _ => {}
                }
            }
            let inner = after[..end].trim();
            let target = inner.split_whitespace().next().unwrap_or("");
            out.push(target.trim_matches(['<', '>']).to_string());
            rest = &after[end.min(after.len())..];
        }
    }
    out
}

/// mdBook's heading id for a heading's markdown text.
fn anchor_of(heading: &str) -> String {
    // [text](url) → text
    let mut text = String::new();
    let mut rest = heading;
    while let Some(open) = rest.find('[') {
        match rest[open..].find("](") {
            Some(mid) => {
                let close = rest[open + mid..].find(')').map(|c| open + mid + c);
                text.push_str(&rest[..open]);
                text.push_str(&rest[open + 1..open + mid]);
                rest = match close {
                    Some(c) => &rest[c + 1..],
                    None => "",
                };
            }
            None => break,
        }
    }
    text.push_str(rest);
    text.trim()
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                Some(c.to_ascii_lowercase())
            } else if c.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

/// Every heading id on the (expanded) page.
fn anchors(text: &str) -> BTreeSet<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = BTreeSet::new();
    for line in prose_lines(text) {
        let t = line.trim_start();
        let hashes = t.chars().take_while(|&c| c == '#').count();
        if !(1..=6).contains(&hashes) || !t[hashes..].starts_with(' ') {
            continue;
        }
        let heading = t[hashes..].trim().trim_end_matches('#').trim();
        let base = anchor_of(&heading.replace(['`', '*'], ""));
        let n = seen.entry(base.clone()).or_insert(0);
        let id = if *n == 0 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        *n += 1;
        out.insert(id);
    }
    out
}

fn book_pages() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("directory entry").path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "md") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&book_src(), &mut out);
    out
}

/// README.md, ARCHITECTURE.md, any other top-level page, and the book.
fn all_pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root())
        .expect("the repository root")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "md"))
        .collect();
    pages.sort();
    pages.extend(book_pages());
    pages
}

fn is_external(target: &str) -> bool {
    target.contains("://") || target.starts_with("mailto:")
}

#[test]
fn relative_links_and_anchors_resolve() {
    let mut errors = Vec::new();
    let mut cache: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    let mut anchors_of = |p: &Path, errors: &mut Vec<String>| -> BTreeSet<String> {
        cache
            .entry(p.to_path_buf())
            .or_insert_with(|| anchors(&expanded(p, errors)))
            .clone()
    };
    let src = book_src();
    let mut checked = 0;
    for page in all_pages() {
        let text = expanded(&page, &mut errors);
        let rel = page
            .strip_prefix(root())
            .unwrap_or(&page)
            .display()
            .to_string();
        let in_book = page.starts_with(&src);
        for target in link_targets(&text) {
            if target.is_empty() {
                // mdBook's draft chapter `[Title]()` in SUMMARY.md
                if !page.ends_with("SUMMARY.md") {
                    errors.push(format!("{rel}: empty link target"));
                }
                continue;
            }
            if is_external(&target) {
                continue;
            }
            checked += 1;
            let (path, anchor) = match target.split_once('#') {
                Some((p, a)) => (p, Some(a)),
                None => (target.as_str(), None),
            };
            let file = if path.is_empty() {
                page.clone()
            } else {
                normalize(&page.parent().expect("a page is in a directory").join(path))
            };
            if !file.exists() {
                errors.push(format!("{rel}: link to {target}: no such file"));
                continue;
            }
            if in_book && !file.starts_with(&src) {
                errors.push(format!(
                    "{rel}: link to {target} leaves docs/src (dead in the rendered book; \
                     name the file in backticks instead)"
                ));
            }
            if let Some(anchor) = anchor {
                if file.extension().is_some_and(|x| x == "md")
                    && !anchors_of(&file, &mut errors).contains(anchor)
                {
                    errors.push(format!("{rel}: link to {target}: no heading #{anchor}"));
                }
            }
        }
    }
    assert!(
        checked > 0,
        "no relative links found: is the parser broken?"
    );
    assert!(errors.is_empty(), "broken links:\n{}", errors.join("\n"));
}

#[test]
fn every_book_page_is_in_the_summary() {
    let src = book_src();
    let summary = src.join("SUMMARY.md");
    let listed: BTreeSet<PathBuf> = link_targets(&read(&summary))
        .iter()
        .filter(|t| !t.is_empty() && !is_external(t))
        .map(|t| normalize(&src.join(t.split('#').next().unwrap_or(t))))
        .collect();
    let missing: Vec<String> = book_pages()
        .into_iter()
        .filter(|p| *p != summary && !listed.contains(p))
        .map(|p| p.strip_prefix(&src).unwrap_or(&p).display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "book pages not in docs/src/SUMMARY.md (mdBook would not render them): {missing:?}"
    );
}

#[test]
fn readme_is_a_front_page() {
    let n = read(&root().join("README.md")).lines().count();
    assert!(
        n <= README_MAX_LINES,
        "README.md has {n} lines (at most {README_MAX_LINES}): move detail into a book page (docs/src) and link it"
    );
}

#[test]
fn the_checker_knows_mdbook_anchors() {
    assert_eq!(anchor_of("Hunting: gcstress hunt"), "hunting-gcstress-hunt");
    assert_eq!(
        anchor_of("Record / replay / trace"),
        "record--replay--trace"
    );
    assert_eq!(anchor_of("What's `gen=off`?"), "whats-genoff");
    assert_eq!(anchor_of("See [Artichoke](artichoke.md)"), "see-artichoke");
    let ids = anchors("# A\n\n```\n# not a heading\n```\n\n## A\n## `mark%N` schedules\n");
    let want: BTreeSet<String> = ["a", "a-1", "markn-schedules"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(ids, want);
    assert_eq!(
        link_targets("[a](x.md#y) `[b](no.md)` [c]: ref.md\n[d]: d.md \"t\"\n"),
        vec!["x.md#y".to_string(), "d.md".to_string()]
    );
}
