//! ddmin inside every nested statement list (class, def, block, if, begin
//! bodies), outermost first: hierarchical delta debugging.

use super::ddmin::ddmin;
use super::driver::Reducer;
use super::helper::Helper;
use super::statements::splice;
use super::syntax::Tree;
use super::Candidate;

pub struct Bodies;

impl Reducer for Bodies {
    fn name(&self) -> &'static str {
        "bodies"
    }

    fn reduce(&self, h: &mut Helper) {
        // list 0 is the program's own: `statements` does that one
        let mut k = 1;
        while !h.out_of_time() {
            let c = h.best().clone();
            let src = c.program.as_str();
            let t = Tree::parse(src);
            let lists = t.statement_lists();
            let Some(&list) = lists.get(k) else { break };
            let (start, units, end) = t.units(list);
            let build = |kept: &[usize]| Candidate {
                program: splice(src, start, &units, end, kept),
                schedule: c.schedule.clone(),
            };
            ddmin(h, units.len(), &build);
            k += 1;
        }
    }
}
