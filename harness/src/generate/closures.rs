//! Closures: procs and lambdas in every style.
//!
//! One [`Construct`] entry per kind of statement (see [`super::table`]), each followed by its
//! generation (on [`Gen`]) and its lifting (on [`Lifter`]); the golden tests at the end lift a
//! hand-built statement of each.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::{block_params, params, Lifter};

// ---- proc

/// `proc`, `lambda`, `->`, `Proc.new` with a body.
pub(crate) static PROC: Construct = Construct {
    name: "proc",
    weight: |c| 8 * c.nest,
    generate: |g, scope| g.make_proc(scope),
    lift: Lifter::lift_proc,
};

impl Gen<'_, '_> {
    fn make_proc(&mut self, scope: &mut Scope) -> Stmt {
        let out = self.var();
        let style = match self.weighted(&[5, 3, 2, 1]) {
            0 => ProcStyle::Proc,
            1 => ProcStyle::Lambda,
            2 => ProcStyle::Stabby,
            _ => ProcStyle::ProcNew,
        };
        let params = self.params();
        let mut inner = scope.clone();
        inner.params.extend(params.names());
        let body = self.small_body(&mut inner);
        let result = self.result(&inner, &params);
        scope.vars.push((
            out,
            if matches!(style, ProcStyle::Lambda | ProcStyle::Stabby) {
                VKind::Lambda
            } else {
                VKind::Proc
            },
        ));
        Stmt::MakeProc {
            out,
            style,
            params,
            body,
            result,
        }
    }
}

impl Lifter {
    fn lift_proc(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::MakeProc {
            out,
            style,
            params: p,
            body,
            result,
        } = s
        else {
            return false;
        };
        let ps = params(p);
        let head = match style {
            ProcStyle::Proc => format!("v{} = proc do{}", out.0, block_params(p)),
            ProcStyle::Lambda => format!("v{} = lambda do{}", out.0, block_params(p)),
            ProcStyle::ProcNew => format!("v{} = Proc.new do{}", out.0, block_params(p)),
            ProcStyle::Stabby => format!("v{} = ->({ps}) do", out.0),
        };
        self.line(ind, &head);
        self.body_result(body, result, ind + 1);
        self.line(ind, "end");
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    #[test]
    fn proc_() {
        let s = Stmt::MakeProc {
            out: Var(0),
            style: ProcStyle::Lambda,
            params: Params {
                req: 1,
                ..Params::default()
            },
            body: vec![Stmt::Print {
                value: Operand::Param("a0".into()),
            }],
            result: Operand::Param("a0".into()),
        };
        assert_eq!(
            golden(&PROC, &s),
            "v0 = lambda do |a0|\n  p a0\n  a0\nend\n"
        );
        let s = Stmt::MakeProc {
            out: Var(1),
            style: ProcStyle::Stabby,
            params: Params::default(),
            body: vec![],
            result: Operand::Lit(Lit::Nil),
        };
        assert_eq!(golden(&PROC, &s), "v1 = ->() do\n  nil\nend\n");
    }
}
