//! The Python face of the core (feature `python`), for bindings/python: the
//! records and results are pyo3 classes as they are (`pyclass(frozen,
//! get_all)` on the types themselves, so Python's attributes are the fields
//! and their docs are the fields' docs); the conversions of the
//! vocabularies to the package's enums; the methods every class has; the
//! reader of Python values into the core's input, within the core's limits;
//! and the exception classes the core's errors become.
//!
//! Nothing here is logic: it is how the core's values look from Python.

/// `IntoPyObject` by value for types converted by reference: the same
/// object and type hint as `&T` gives.
macro_rules! by_value {
    ($($t:ty),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for $t {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            #[cfg(feature = "inspect")]
            const OUTPUT_TYPE: pyo3::inspect::PyStaticExpr = <&$t as IntoPyObject<'py>>::OUTPUT_TYPE;

            fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                (&self).into_pyobject(py)
            }
        }
    )*};
}

pub mod classes;
pub(crate) mod convert;
pub mod errors;
pub mod read;
