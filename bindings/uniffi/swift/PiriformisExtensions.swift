// Piriformis extensions: ships with the generated Swift (compile it into the same module as
// piriformis.swift and piriformis_core.swift).
//
// Disposition is ordered in Rust (`SelfCare < ... < Emergency`) and Kotlin
// enums compare by declaration order, but UniFFI 0.32 can only export `Ord`
// for enums that carry data: for a fieldless enum its Kotlin generator
// refuses (Kotlin enums are already Comparable). So Swift gets the same order
// here, from the declaration order UniFFI generates (`allCases`, which is the
// Rust order): nothing about the levels is restated.

extension Disposition: Comparable {
    /// Less urgent first: `.selfCare < .seeClinician < ... < .emergency`.
    public static func < (lhs: Disposition, rhs: Disposition) -> Bool {
        let order = Disposition.allCases
        // Every case is in allCases, so both indices exist.
        return (order.firstIndex(of: lhs) ?? order.endIndex) < (order.firstIndex(of: rhs) ?? order.endIndex)
    }
}

// The error's readable text. UniFFI generates `description` from the Rust
// `Display` (exported with `#[uniffi::export(Display)]`) but, for an error
// enum, does not declare the conformance; declaring it makes
// `localizedDescription` and string interpolation use that text instead of a
// dump of the fields.
extension PiriformisError: CustomStringConvertible {}
