//! Asking the VM what it really has: which classes and modules exist, their
//! methods, and which of those are defined in Ruby (like `Numeric#-@` in the
//! original bug). Cached per VM (in the VM's directory), so generated
//! programs use what the VM really has.

use std::collections::BTreeMap;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use gcstress_vm::Install;
use serde::{Deserialize, Serialize};

use crate::exec::Executor;
use crate::judge::Kind;
use crate::run::{run_once, RunSpec};

/// Bump when the introspection program changes.
pub const INTROSPECT_VERSION: u32 = 1;

const PROGRAM: &str = r##"
Object.constants.sort.each do |cn|
  k = begin; Object.const_get(cn); rescue; nil; end
  next unless k.is_a?(Module)
  sup = (k.is_a?(Class) && k.superclass) ? k.superclass.to_s : "-"
  puts "#{k.is_a?(Class) ? 'C' : 'M'}\t#{cn}\t#{sup}"
  k.instance_methods(false).sort.each do |m|
    r = GCStress.ruby_method?(k, m)
    puts "I\t#{cn}\t#{m}\t#{r ? 1 : 0}"
  end
end
def gcs_has(m)
  Object.new.respond_to?(m, true) || Module.new.respond_to?(m, true)
end
puts "F\tprepend\t#{gcs_has(:prepend) ? 1 : 0}"
puts "F\tdefine_singleton_method\t#{gcs_has(:define_singleton_method) ? 1 : 0}"
puts "F\tinstance_exec\t#{gcs_has(:instance_exec) ? 1 : 0}"
puts "F\teval\t#{gcs_has(:eval) ? 1 : 0}"
"##;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CoreClass {
    pub name: String,
    pub is_class: bool,
    pub superclass: Option<String>,
    /// (method, defined in Ruby?)
    pub methods: Vec<(String, bool)>,
}

/// What a VM has, as far as the generator cares.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct VmCatalog {
    pub classes: BTreeMap<String, CoreClass>,
    pub features: BTreeMap<String, bool>,
}

impl VmCatalog {
    pub fn has(&self, name: &str) -> bool {
        self.classes.contains_key(name)
    }

    pub fn feature(&self, f: &str) -> bool {
        self.features.get(f).copied().unwrap_or(false)
    }

    /// Methods of a class defined in Ruby (mrblib), the kind that broke before.
    pub fn ruby_methods(&self, class: &str) -> Vec<&str> {
        self.classes
            .get(class)
            .map(|c| {
                c.methods
                    .iter()
                    .filter(|m| m.1)
                    .map(|m| m.0.as_str())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn methods(&self, class: &str) -> Vec<&str> {
        self.classes
            .get(class)
            .map(|c| c.methods.iter().map(|m| m.0.as_str()).collect())
            .unwrap_or_default()
    }

    pub fn parse(text: &str) -> VmCatalog {
        let mut c = VmCatalog::default();
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            match f.as_slice() {
                ["C", name, sup] | ["M", name, sup] => {
                    c.classes.insert(
                        name.to_string(),
                        CoreClass {
                            name: name.to_string(),
                            is_class: f[0] == "C",
                            superclass: (*sup != "-").then(|| sup.to_string()),
                            methods: vec![],
                        },
                    );
                }
                ["I", class, m, ruby] => {
                    if let Some(k) = c.classes.get_mut(*class) {
                        k.methods.push((m.to_string(), *ruby == "1"));
                    }
                }
                ["F", name, v] => {
                    c.features.insert(name.to_string(), *v == "1");
                }
                _ => {}
            }
        }
        c
    }

    /// A catalog for tests and for fuzzing without a VM round trip: the core
    /// of every supported mruby.
    pub fn builtin_minimal() -> VmCatalog {
        let mut c = VmCatalog::default();
        let add = |c: &mut VmCatalog, name: &str, is_class: bool, ms: &[(&str, bool)]| {
            c.classes.insert(
                name.into(),
                CoreClass {
                    name: name.into(),
                    is_class,
                    superclass: None,
                    methods: ms.iter().map(|(m, r)| (m.to_string(), *r)).collect(),
                },
            );
        };
        add(
            &mut c,
            "Object",
            true,
            &[("dup", false), ("inspect", false)],
        );
        add(
            &mut c,
            "Numeric",
            true,
            &[
                ("-@", true),
                ("+@", true),
                ("abs", true),
                ("step", true),
                ("integer?", false),
            ],
        );
        add(
            &mut c,
            "Integer",
            true,
            &[
                ("times", true),
                ("upto", true),
                ("+", false),
                ("to_s", false),
            ],
        );
        add(
            &mut c,
            "Array",
            true,
            &[
                ("each", false),
                ("collect!", true),
                ("each_index", true),
                ("push", false),
                ("size", false),
            ],
        );
        add(
            &mut c,
            "Hash",
            true,
            &[
                ("each", true),
                ("each_key", true),
                ("merge", true),
                ("size", false),
            ],
        );
        add(
            &mut c,
            "String",
            true,
            &[("each_line", true), ("upcase", false), ("size", false)],
        );
        add(&mut c, "Range", true, &[("each", true), ("first", false)]);
        add(
            &mut c,
            "Comparable",
            false,
            &[("==", true), ("<", true), ("between?", true)],
        );
        add(
            &mut c,
            "Enumerable",
            false,
            &[
                ("map", true),
                ("select", true),
                ("inject", true),
                ("each_with_index", true),
            ],
        );
        add(&mut c, "Kernel", false, &[("respond_to?", false)]);
        add(&mut c, "Exception", true, &[("message", false)]);
        add(&mut c, "StandardError", true, &[]);
        add(&mut c, "Struct", true, &[]);
        add(&mut c, "Fiber", true, &[("resume", false)]);
        add(&mut c, "Proc", true, &[("call", false)]);
        add(&mut c, "GC", false, &[]);
        c.features.insert("eval".into(), true);
        c.features.insert("prepend".into(), true);
        c
    }
}

/// The catalog of a VM: from its cache, or by running the introspection
/// program on it (then cached).
pub fn catalog(install: &Install) -> Result<VmCatalog> {
    let path = install
        .dir
        .join(format!("introspect-v{INTROSPECT_VERSION}.txt"));
    if let Ok(text) = std::fs::read_to_string(&path) {
        let c = VmCatalog::parse(&text);
        if !c.classes.is_empty() {
            return Ok(c);
        }
    }
    let mut ex = Executor::new(install)?;
    let spec = RunSpec {
        timeout: Duration::from_secs(30),
        ..RunSpec::default()
    };
    let o = run_once(&mut ex, PROGRAM.as_bytes(), "introspect.rb", &spec)?;
    if o.kind() != Kind::Ok {
        bail!(
            "{}: the introspection program did not finish ({}: {})",
            install.id,
            o.kind().name(),
            o.summary
        );
    }
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    let c = VmCatalog::parse(&text);
    if c.classes.is_empty() {
        bail!("{}: introspection found no classes", install.id);
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, &text).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(c)
}
