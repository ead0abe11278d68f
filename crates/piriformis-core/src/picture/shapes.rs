//! The drawing kit of the pictures: the map's coordinates, each region's
//! outline, mirroring for the left side, checked colours and labels.

use std::fmt::Write;

use crate::error::Result;
use crate::trigger_point::{BodyRegion, TriggerPoint};

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
pub(super) fn region_shape(region: BodyRegion) -> Shape {
    match region {
        BodyRegion::LowerBack => Shape::Ellipse {
            cx: 226.0,
            cy: 80.0,
            rx: 24.0,
            ry: 34.0,
        },
        BodyRegion::SacroiliacRegion => Shape::Ellipse {
            cx: 232.0,
            cy: 150.0,
            rx: 13.0,
            ry: 26.0,
        },
        BodyRegion::Buttock => Shape::Ellipse {
            cx: 262.0,
            cy: 205.0,
            rx: 50.0,
            ry: 48.0,
        },
        BodyRegion::BackOfHip => Shape::Ellipse {
            cx: 300.0,
            cy: 222.0,
            rx: 18.0,
            ry: 22.0,
        },
        BodyRegion::OuterHip => Shape::Ellipse {
            cx: 334.0,
            cy: 236.0,
            rx: 10.0,
            ry: 30.0,
        },
        BodyRegion::BackOfThigh => Shape::Rect {
            x: 232.0,
            y: 275.0,
            w: 76.0,
            h: 150.0,
            r: 30.0,
        },
        BodyRegion::Calf => Shape::Ellipse {
            cx: 268.0,
            cy: 520.0,
            rx: 26.0,
            ry: 52.0,
        },
        BodyRegion::Foot => Shape::Ellipse {
            cx: 268.0,
            cy: 630.0,
            rx: 22.0,
            ry: 13.0,
        },
    }
}

#[derive(Clone, Copy)]
pub(super) enum Shape {
    Ellipse {
        cx: f64,
        cy: f64,
        rx: f64,
        ry: f64,
    },
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        r: f64,
    },
}

/// Mirrors an x coordinate for the left side.
pub(super) fn mx(x: f64, left: bool) -> f64 {
    if left { 2.0 * MID - x } else { x }
}

pub(super) fn shape_svg(out: &mut String, s: Shape, left: bool, attrs: &str) {
    match s {
        Shape::Ellipse { cx, cy, rx, ry } => {
            let _ = write!(
                out,
                r#"<ellipse cx="{:.1}" cy="{cy:.1}" rx="{rx:.1}" ry="{ry:.1}" {attrs}/>"#,
                mx(cx, left)
            );
        }
        Shape::Rect { x, y, w, h, r } => {
            let x = if left { 2.0 * MID - x - w } else { x };
            let _ = write!(
                out,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" rx="{r:.1}" {attrs}/>"#
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
