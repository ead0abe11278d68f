//! Rust values as Python values, where pyo3 has no conversion of its own:
//! each vocabulary becomes a member of its enum in `piriformis._enums`
//! (generated from the core's lists by `scripts/gen_py_enums.py`).

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

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

/// `IntoPyObject` for every vocabulary, by value and by reference.
macro_rules! vocab_into_py {
    ($($t:path),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for &$t {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                static MEMBERS: PyOnceLock<Vec<Py<PyAny>>> = PyOnceLock::new();
                enum_member(py, &MEMBERS, self)
            }
        }

        impl<'py> IntoPyObject<'py> for $t {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                (&self).into_pyobject(py)
            }
        }
    )*};
}
// `$crate::for_each_vocabulary` is exported at the crate root, as macros are.
use crate as piriformis_core;
piriformis_core::for_each_vocabulary!(vocab_into_py);
