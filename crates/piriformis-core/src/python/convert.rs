//! Rust values as Python values, where pyo3 has no conversion of its own:
//! each vocabulary becomes a member of its enum in `piriformis._enums`
//! (generated from the core's lists by `scripts/gen_py_enums.py`).

use pyo3::IntoPyObjectExt;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;

use crate::python::classes::to_plain;
#[cfg(feature = "inspect")]
use pyo3::inspect::{PyStaticConstant, PyStaticExpr};
#[cfg(feature = "inspect")]
use pyo3::{type_hint_subscript, type_hint_union};

use crate::vocab::Vocabulary;

/// The member of a vocabulary's Python enum for `value` (members are looked
/// up once per vocabulary and kept in the core's order).
pub fn enum_member<'py, T: Vocabulary + PartialEq>(
    py: Python<'py>,
    members: &'static PyOnceLock<Vec<Py<PyAny>>>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let members = members.get_or_try_init(py, || -> PyResult<_> {
        let class = py.import("piriformis._enums")?.getattr(T::NAME)?;
        T::ALL
            .iter()
            .map(|v| class.call1((v.id(),)).map(Bound::unbind))
            .collect()
    })?;
    let i = T::ALL.iter().position(|v| v == value).unwrap_or_default();
    members.get(i).map(|m| m.bind(py).clone()).ok_or_else(|| {
        pyo3::exceptions::PyTypeError::new_err(format!("no member for {}", value.id()))
    })
}

/// The type hint of a vocabulary's enum: `piriformis._enums.<name>`.
#[cfg(feature = "inspect")]
pub const fn enum_hint(name: &'static str) -> PyStaticExpr {
    PyStaticExpr::Attribute {
        value: &PyStaticExpr::Name {
            id: "piriformis._enums",
        },
        attr: name,
    }
}

/// A builtin's type hint (`int`, `str`, ...).
#[cfg(feature = "inspect")]
pub const fn builtin(name: &'static str) -> PyStaticExpr {
    PyStaticExpr::Name { id: name }
}

/// `typing.Literal[...]` of a plain id type's names (strum's, which a core
/// test checks against serde's).
#[cfg(feature = "inspect")]
macro_rules! literal_hint {
    ($t:ty) => {{
        const NAMES: &[&str] = <$t as strum::VariantNames>::VARIANTS;
        const N: usize = NAMES.len();
        const ELTS: [PyStaticExpr; N] = {
            let mut out = [PyStaticExpr::Constant {
                value: PyStaticConstant::None,
            }; N];
            let mut i = 0;
            while i < N {
                out[i] = PyStaticExpr::Constant {
                    value: PyStaticConstant::Str(NAMES[i]),
                };
                i += 1;
            }
            out
        };
        PyStaticExpr::Subscript {
            value: &PyStaticExpr::Attribute {
                value: &PyStaticExpr::Name { id: "typing" },
                attr: "Literal",
            },
            slice: &PyStaticExpr::Tuple { elts: &ELTS },
        }
    }};
}

/// `IntoPyObject` for every vocabulary, by value and by reference.
macro_rules! vocab_into_py {
    ($($t:path),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for &$t {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            #[cfg(feature = "inspect")]
            const OUTPUT_TYPE: PyStaticExpr = enum_hint(<$t as Vocabulary>::NAME);

            fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                static MEMBERS: PyOnceLock<Vec<Py<PyAny>>> = PyOnceLock::new();
                enum_member(py, &MEMBERS, self)
            }
        }

        by_value!($t);
    )*};
}
// `$crate::for_each_vocabulary` is exported at the crate root, as macros are.
use crate as piriformis_core;
piriformis_core::for_each_vocabulary!(vocab_into_py);

/// `IntoPyObject` by value and by reference, through a function of the
/// reference.
macro_rules! into_py_by {
    ($($t:ty as $hint:expr => |$v:ident, $py:ident| $body:expr;)*) => {$(
        impl<'py> IntoPyObject<'py> for &$t {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            #[cfg(feature = "inspect")]
            const OUTPUT_TYPE: PyStaticExpr = $hint;

            fn into_pyobject(self, $py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                let $v = self;
                $body
            }
        }

        by_value!($t);
    )*};
}

into_py_by! {
    // A share of people: the whole percent.
    crate::anatomy::Percent as builtin("int") => |p, py| p.0.into_bound_py_any(py);
    // Two plain ids that are not vocabularies: their JSON text (typed as
    // literals in the stubs).
    crate::units::Laterality as literal_hint!(crate::units::Laterality) => |l, py| to_plain(py, l);
    crate::source::ReferenceKind as literal_hint!(crate::source::ReferenceKind) => |k, py| to_plain(py, k);
    // A saved answer as its JSON: a number, an id or a list of ids.
    crate::interview::AnswerValue as type_hint_union!(
        builtin("float"),
        builtin("str"),
        type_hint_subscript!(builtin("list"), builtin("str"))
    ) => |v, py| to_plain(py, v);
    // `{RedFlag: Answer}` for the flags answered, in the core's order.
    crate::triage::RedFlagAnswers as type_hint_subscript!(
        builtin("dict"),
        enum_hint("RedFlag"),
        enum_hint("Answer")
    ) => |answers, py| {
        let d = PyDict::new(py);
        for (flag, answer) in answers.iter() {
            d.set_item(flag, answer)?;
        }
        Ok(d.into_any())
    };
    // The value alone: a bool, a `Side`, `Phase` or `Trend` (or None), the
    // minutes, or a list of `Equipment`.
    crate::routine::Chosen as type_hint_union!(
        builtin("bool"),
        builtin("int"),
        enum_hint("Side"),
        enum_hint("Phase"),
        type_hint_subscript!(builtin("list"), enum_hint("Equipment")),
        enum_hint("Trend"),
        builtin("None")
    ) => |chosen, py| {
        use crate::routine::Chosen as C;
        match chosen {
            C::SelfCare(b) | C::NerveSymptoms(b) => b.into_bound_py_any(py),
            C::Side(s) => s.into_bound_py_any(py),
            C::Phase(p) => p.into_bound_py_any(py),
            C::Minutes(m) => m.into_bound_py_any(py),
            C::Equipment(e) => e.into_bound_py_any(py),
            C::Trend(t) => t.into_bound_py_any(py),
        }
    };

}
