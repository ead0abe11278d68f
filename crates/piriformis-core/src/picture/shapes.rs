//! The drawing kit of the pictures: the map's coordinates, each region's
//! outline, mirroring for the left side, checked colours and labels.

use std::fmt::Write;

use crate::error::Result;
use crate::trigger_point::{BodyRegion, TriggerPoint};

use super::RegionShape;

/// A colour as SVG takes it, checked: `#rgb` or `#rrggbb`.
pub(super) fn colour(field: &str, given: &Option<String>, default: &'static str) -> Result<String> {
    match given {
        None => Ok(default.to_string()),
        Some(c)
            if (c.len() == 4 || c.len() == 7)
                && c.starts_with('#')
                && c[1..].bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            Ok(c.clone())
        }
        Some(c) => Err(crate::error::Error::UnknownValue {
            field: field.to_string(),
            value: c.clone(),
            allowed: "colours as #rgb or #rrggbb".to_string(),
        }),
    }
}

pub(super) const W: f64 = 640.0;
pub(super) const H: f64 = 680.0;
pub(super) const MID: f64 = 200.0;
pub(super) const ESSENTIAL: &str = "#c0392b";
pub(super) const PAIN: &str = "#1f4e9c";

/// A region's outline on the right side of a posterior view (the viewer's right).
pub(super) fn region_shape(region: BodyRegion) -> RegionShape {
    match region {
        BodyRegion::LowerBack => RegionShape::Ellipse {
            cx: 226.0,
            cy: 80.0,
            rx: 24.0,
            ry: 34.0,
        },
        BodyRegion::SacroiliacRegion => RegionShape::Ellipse {
            cx: 232.0,
            cy: 150.0,
            rx: 13.0,
            ry: 26.0,
        },
        BodyRegion::Buttock => RegionShape::Ellipse {
            cx: 262.0,
            cy: 205.0,
            rx: 50.0,
            ry: 48.0,
        },
        BodyRegion::BackOfHip => RegionShape::Ellipse {
            cx: 300.0,
            cy: 222.0,
            rx: 18.0,
            ry: 22.0,
        },
        BodyRegion::OuterHip => RegionShape::Ellipse {
            cx: 334.0,
            cy: 236.0,
            rx: 10.0,
            ry: 30.0,
        },
        BodyRegion::BackOfThigh => RegionShape::Rect {
            x: 232.0,
            y: 275.0,
            width: 76.0,
            height: 150.0,
            corner: 30.0,
        },
        BodyRegion::Calf => RegionShape::Ellipse {
            cx: 268.0,
            cy: 520.0,
            rx: 26.0,
            ry: 52.0,
        },
        BodyRegion::Foot => RegionShape::Ellipse {
            cx: 268.0,
            cy: 630.0,
            rx: 22.0,
            ry: 13.0,
        },
    }
}

/// Mirrors an x coordinate for the left side.
pub(super) fn mx(x: f64, left: bool) -> f64 {
    if left { 2.0 * MID - x } else { x }
}

/// Writes a region's outline, on the left side (mirrored) or the right.
pub(super) fn shape_svg(out: &mut String, s: RegionShape, left: bool, attrs: &str) {
    match if left { s.mirrored() } else { s } {
        RegionShape::Ellipse { cx, cy, rx, ry } => {
            let _ = write!(
                out,
                r#"<ellipse cx="{cx:.1}" cy="{cy:.1}" rx="{rx:.1}" ry="{ry:.1}" {attrs}/>"#
            );
        }
        RegionShape::Rect {
            x,
            y,
            width,
            height,
            corner,
        } => {
            let _ = write!(
                out,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{width:.1}" height="{height:.1}" rx="{corner:.1}" {attrs}/>"#
            );
        }
    }
}

/// Where a trigger point sits: along the line from the sacral edge to the trochanter.
pub(super) fn trigger_point_xy(tp: TriggerPoint, left: bool) -> (f64, f64) {
    let p = f64::from(tp.record().position_percent) / 100.0;
    let (x0, y0, x1, y1) = (226.0, 176.0, 314.0, 208.0);
    (mx(x0 + (x1 - x0) * p, left), y0 + (y1 - y0) * p)
}

pub(super) fn label(id: &str) -> String {
    id.replace('_', " ")
}
