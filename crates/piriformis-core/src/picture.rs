//! Pictures as SVG text, made by the core with no dependency and the same
//! bytes for the same input: the body map of trigger points and referred
//! pain (posterior view), and the progress chart of a pain log.

use std::fmt::Write;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::anatomy::Landmark;
use crate::error::Result;
use crate::progress::{LogEntry, ProgressConfig, analyze};
use crate::triage::Side;
use crate::trigger_point::{BodyRegion, PIRIFORMIS_REFERRAL, ReferralKind, TriggerPoint};
use crate::vocab::Vocabulary;

/// What the body map shows.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BodyMapOptions {
    /// The side to draw; `None` draws the right side.
    pub side: Option<Side>,
    /// Show only this trigger point's referral, and mark it larger.
    pub highlight: Option<TriggerPoint>,
    /// The user's pain regions, outlined on top.
    pub pain_regions: Vec<BodyRegion>,
}

/// How the body map looks: colours and region labels, for apps that theme
/// or translate it. The defaults give [`body_map_svg`]'s picture.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BodyMapStyle {
    /// The colour of the referral zones (`#rgb` or `#rrggbb`); default `#c0392b`.
    pub zone_colour: Option<String>,
    /// The colour of the person's pain outlines; default `#1f4e9c`.
    pub pain_colour: Option<String>,
    /// Labels to use instead of the English ones, by region (in the
    /// description for screen readers and in [`MapRegion::label`]).
    pub labels: Vec<(BodyRegion, String)>,
}

/// A region's outline in the map's coordinates (its `viewBox`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "shape")]
pub enum RegionShape {
    /// An ellipse: centre and radii.
    Ellipse {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Horizontal radius.
        rx: f64,
        /// Vertical radius.
        ry: f64,
    },
    /// A rectangle with rounded corners.
    Rect {
        /// Left edge.
        x: f64,
        /// Top edge.
        y: f64,
        /// Width.
        width: f64,
        /// Height.
        height: f64,
        /// Corner radius.
        corner: f64,
    },
}

impl RegionShape {
    /// Whether a point (in map coordinates) is inside: for tap targets.
    pub fn contains(&self, px: f64, py: f64) -> bool {
        match *self {
            Self::Ellipse { cx, cy, rx, ry } => {
                let (dx, dy) = ((px - cx) / rx, (py - cy) / ry);
                dx * dx + dy * dy <= 1.0
            }
            Self::Rect {
                x,
                y,
                width,
                height,
                ..
            } => (x..=x + width).contains(&px) && (y..=y + height).contains(&py),
        }
    }
}

/// One region of the drawn map, for tap targets and accessible labels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapRegion {
    /// The region.
    pub region: BodyRegion,
    /// Which side of the body (left or right) this outline is on.
    pub side: Side,
    /// Its outline, in map coordinates.
    pub shape: RegionShape,
    /// Its label (the style's, or the English one).
    pub label: String,
    /// The referral zone drawn there, if any.
    pub zone: Option<ReferralKind>,
    /// Whether it is one of the person's pain regions.
    pub in_pain: bool,
}

/// The body map as data: the SVG, its title and description (what a screen
/// reader says), and every region's outline on each drawn side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BodyMap {
    /// The picture.
    pub svg: String,
    /// Its title.
    pub title: String,
    /// Its description, for screen readers.
    pub description: String,
    /// The width of its coordinate space.
    pub width: f64,
    /// The height of its coordinate space.
    pub height: f64,
    /// Every region on each drawn side, left side first.
    pub regions: Vec<MapRegion>,
}

/// A colour as SVG takes it, checked: `#rgb` or `#rrggbb`.
fn colour(field: &str, given: &Option<String>, default: &'static str) -> Result<String> {
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

const W: f64 = 640.0;
const H: f64 = 680.0;
const MID: f64 = 200.0;
const ESSENTIAL: &str = "#c0392b";
const PAIN: &str = "#1f4e9c";

/// A region's outline on the right side of a posterior view (the viewer's right).
fn region_shape(region: BodyRegion) -> Shape {
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
enum Shape {
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
fn mx(x: f64, left: bool) -> f64 {
    if left { 2.0 * MID - x } else { x }
}

fn shape_svg(out: &mut String, s: Shape, left: bool, attrs: &str) {
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
fn trigger_point_xy(tp: TriggerPoint, left: bool) -> (f64, f64) {
    let p = f64::from(tp.record().position_percent) / 100.0;
    let (x0, y0, x1, y1) = (226.0, 176.0, 314.0, 208.0);
    (mx(x0 + (x1 - x0) * p, left), y0 + (y1 - y0) * p)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn label(id: &str) -> String {
    id.replace('_', " ")
}

/// Draws the body map as SVG text.
///
/// ```
/// use piriformis_core::picture::{body_map_svg, BodyMapOptions};
/// let svg = body_map_svg(&BodyMapOptions::default());
/// assert!(svg.starts_with("<svg") && svg.contains("<title"));
/// ```
pub fn body_map_svg(options: &BodyMapOptions) -> String {
    draw(options, &BodyMapStyle::default(), ESSENTIAL, PAIN).svg
}

/// The body map as data, in a style: the SVG with its title, description
/// and region outlines. Fails only on a colour that is not `#rgb`/`#rrggbb`.
///
/// ```
/// use piriformis_core::picture::*;
/// use piriformis_core::trigger_point::BodyRegion;
/// let style = BodyMapStyle { labels: vec![(BodyRegion::Calf, "Wade".into())], ..Default::default() };
/// let map = body_map(&BodyMapOptions::default(), &style).unwrap();
/// assert!(map.description.contains("Wade"));
/// let calf = map.regions.iter().find(|r| r.region == BodyRegion::Calf).unwrap();
/// assert!(calf.shape.contains(268.0, 520.0));
/// ```
pub fn body_map(options: &BodyMapOptions, style: &BodyMapStyle) -> Result<BodyMap> {
    let zone = colour("style.zone_colour", &style.zone_colour, ESSENTIAL)?;
    let pain = colour("style.pain_colour", &style.pain_colour, PAIN)?;
    Ok(draw(options, style, &zone, &pain))
}

fn draw(options: &BodyMapOptions, style: &BodyMapStyle, zone: &str, pain: &str) -> BodyMap {
    let label = |r: BodyRegion| {
        style
            .labels
            .iter()
            .find(|(region, _)| *region == r)
            .map_or_else(|| label(r.id()), |(_, l)| l.clone())
    };
    let side = options.side.unwrap_or(Side::Right);
    // Each pain region once, in the order first given: a region listed twice
    // is still one place that hurts.
    let mut pain_regions: Vec<BodyRegion> = Vec::with_capacity(options.pain_regions.len());
    for &r in &options.pain_regions {
        if !pain_regions.contains(&r) {
            pain_regions.push(r);
        }
    }
    let sides: Vec<bool> = match side {
        Side::Left => vec![true],
        Side::Right => vec![false],
        Side::Both => vec![true, false],
    };
    let referral: Vec<(BodyRegion, ReferralKind)> = match options.highlight {
        Some(tp) => tp
            .record()
            .referral
            .iter()
            .map(|r| (r.region, r.kind))
            .collect(),
        None => PIRIFORMIS_REFERRAL
            .iter()
            .map(|r| (r.region, r.kind))
            .collect(),
    };
    let side_word = match side {
        Side::Left => "left side",
        Side::Right => "right side",
        Side::Both => "both sides",
    };
    let title = match options.highlight {
        Some(tp) => format!(
            "Piriformis {} and its referred pain, {side_word}, back view",
            tp.record().name.to_lowercase()
        ),
        None => format!("Piriformis trigger points and referred pain, {side_word}, back view"),
    };
    let list = |kind: ReferralKind| {
        referral
            .iter()
            .filter(|r| r.1 == kind)
            .map(|r| label(r.0))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut desc = format!(
        "Back view of the pelvis and thigh with the sacrum, the greater trochanter, the piriformis and the sciatic nerve running below it. Trigger points are marked with crosses. Main (essential) pain zones, shaded solid: {}. Spillover zones, hatched: {}.",
        list(ReferralKind::Essential),
        list(ReferralKind::Spillover)
    );
    if !pain_regions.is_empty() {
        let _ = write!(
            desc,
            " Your pain, outlined with dashes: {}.",
            pain_regions
                .iter()
                .map(|&r| label(r))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }

    let mut s = String::with_capacity(12_000);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-labelledby="pf-title pf-desc" font-family="DejaVu Sans, Arial, sans-serif">"#
    );
    let _ = write!(
        s,
        r#"<title id="pf-title">{}</title><desc id="pf-desc">{}</desc>"#,
        esc(&title),
        esc(&desc)
    );
    let _ = write!(
        s,
        r##"<defs><pattern id="pf-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="{zone}" fill-opacity="0.12"/><line x1="0" y1="0" x2="0" y2="8" stroke="{zone}" stroke-width="3" stroke-opacity="0.55"/></pattern></defs>"##
    );
    s.push_str(r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = write!(
        s,
        r##"<text x="{:.1}" y="24" text-anchor="middle" font-size="14" font-weight="bold" fill="#222">{}</text>"##,
        W / 2.0,
        esc(&title)
    );

    // Silhouette: trunk, pelvis and both legs, with the spine midline.
    s.push_str(r##"<g id="silhouette" fill="#f3e9df" stroke="#8a7866" stroke-width="1.5">"##);
    s.push_str(r#"<path d="M120 40 L280 40 L300 130 Q345 190 338 270 L318 440 L300 560 L292 650 L244 650 L240 560 L222 440 L206 300 L200 300 L194 300 L178 440 L160 560 L156 650 L108 650 L100 560 L82 440 L62 270 Q55 190 100 130 Z"/>"#);
    s.push_str("</g>");
    s.push_str(
        r##"<line x1="200" y1="40" x2="200" y2="122" stroke="#8a7866" stroke-dasharray="3 3"/>"##,
    );

    // Referral zones, under the anatomy.
    s.push_str(r#"<g id="referral">"#);
    for &left in &sides {
        for &(region, kind) in &referral {
            let fill = match kind {
                ReferralKind::Essential => format!(r#"fill="{zone}" fill-opacity="0.5""#),
                ReferralKind::Spillover => r#"fill="url(#pf-hatch)""#.to_string(),
            };
            let attrs = format!(r#"class="zone {} {}" {fill}"#, region.id(), kind.id());
            shape_svg(&mut s, region_shape(region), left, &attrs);
        }
    }
    s.push_str("</g>");

    // Landmarks and anatomy: sacrum, trochanters, piriformis, sciatic nerve.
    s.push_str(r##"<g id="anatomy">"##);
    s.push_str(r##"<path id="sacrum" d="M172 120 L228 120 L214 186 L200 204 L186 186 Z" fill="#e6d3b3" stroke="#7a6246" stroke-width="1.5"/>"##);
    for &left in &sides {
        let _ = write!(
            s,
            r##"<circle class="greater_trochanter" cx="{:.1}" cy="212" r="10" fill="#e6d3b3" stroke="#7a6246" stroke-width="1.5"/>"##,
            mx(322.0, left)
        );
        let p = |x: f64, y: f64| format!("{:.1} {y:.1}", mx(x, left));
        let _ = write!(
            s,
            r##"<path class="sciatic_nerve" d="M{} C{} {} {} L{} L{}" fill="none" stroke="#e0b000" stroke-width="5" stroke-linecap="round"/>"##,
            p(214.0, 196.0),
            p(240.0, 220.0),
            p(262.0, 250.0),
            p(266.0, 290.0),
            p(268.0, 460.0),
            p(268.0, 600.0)
        );
        let _ = write!(
            s,
            r##"<path class="piriformis" d="M{} L{} L{} L{} Z" fill="#b5651d" fill-opacity="0.85" stroke="#6e3b10" stroke-width="1.2"/>"##,
            p(222.0, 160.0),
            p(314.0, 202.0),
            p(314.0, 214.0),
            p(224.0, 194.0)
        );
        for &tp in TriggerPoint::ALL {
            let (x, y) = trigger_point_xy(tp, left);
            let big = options.highlight == Some(tp);
            let r = if big { 9.0 } else { 6.0 };
            let width = if big { 4.0 } else { 2.5 };
            let _ = write!(
                s,
                r##"<g class="trigger_point {}{}"><circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="#ffffff" fill-opacity="0.8"/><path d="M{:.1} {:.1} L{:.1} {:.1} M{:.1} {:.1} L{:.1} {:.1}" stroke="#111" stroke-width="{width:.1}"/></g>"##,
                tp.id(),
                if big { " highlighted" } else { "" },
                r + 2.0,
                x - r,
                y - r,
                x + r,
                y + r,
                x - r,
                y + r,
                x + r,
                y - r
            );
        }
    }
    s.push_str("</g>");

    // The user's pain regions, on top.
    if !pain_regions.is_empty() {
        s.push_str(r#"<g id="your-pain">"#);
        for &left in &sides {
            for &region in &pain_regions {
                let attrs = format!(
                    r#"class="pain {}" fill="none" stroke="{pain}" stroke-width="3" stroke-dasharray="6 4""#,
                    region.id()
                );
                shape_svg(&mut s, region_shape(region), left, &attrs);
            }
        }
        s.push_str("</g>");
    }

    // Labels for landmarks (on the right-hand figure, or the only one).
    let left_only = side == Side::Left;
    let lx = |x: f64| mx(x, left_only);
    let anchor = if left_only { "end" } else { "start" };
    let _ = write!(
        s,
        r##"<g font-size="11" fill="#333"><text x="200" y="116" text-anchor="middle">{}</text>"##,
        Landmark::Sacrum.record().name
    );
    let _ = write!(
        s,
        r##"<text x="{:.1}" y="196" text-anchor="{anchor}">{}</text>"##,
        lx(338.0),
        Landmark::GreaterTrochanter.record().name
    );
    let _ = write!(
        s,
        r##"<text x="{:.1}" y="300" text-anchor="{anchor}">sciatic nerve</text></g>"##,
        lx(282.0)
    );

    // Legend.
    let lx0 = 452.0;
    let _ = write!(
        s,
        r##"<g id="legend" font-size="12" fill="#222"><text x="{lx0}" y="70" font-weight="bold">Legend</text>"##
    );
    // x, y, the zone colour and the pain colour.
    type Swatch = fn(f64, f64, &str, &str) -> String;
    let mut rows: Vec<(Swatch, &str)> = vec![
        (
            |x, y, zone, _| {
                format!(
                    r#"<rect x="{x}" y="{:.1}" width="18" height="14" fill="{zone}" fill-opacity="0.5"/>"#,
                    y - 8.0
                )
            },
            "main (essential) zone",
        ),
        (
            |x, y, _, _| {
                format!(
                    r#"<rect x="{x}" y="{:.1}" width="18" height="14" fill="url(#pf-hatch)"/>"#,
                    y - 8.0
                )
            },
            "spillover zone",
        ),
        (
            |x, y, _, _| {
                format!(
                    r##"<path d="M{x} {:.1} L{:.1} {:.1} M{x} {:.1} L{:.1} {:.1}" stroke="#111" stroke-width="2.5"/>"##,
                    y - 6.0,
                    x + 12.0,
                    y + 6.0,
                    y + 6.0,
                    x + 12.0,
                    y - 6.0
                )
            },
            "trigger point",
        ),
        (
            |x, y, _, _| {
                format!(
                    r##"<rect x="{x}" y="{:.1}" width="18" height="10" fill="#b5651d"/>"##,
                    y - 6.0
                )
            },
            "piriformis",
        ),
        (
            |x, y, _, _| {
                format!(
                    r##"<line x1="{x}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#e0b000" stroke-width="5"/>"##,
                    x + 18.0
                )
            },
            "sciatic nerve",
        ),
    ];
    if !pain_regions.is_empty() {
        rows.push((|x, y, _, pain| format!(r#"<rect x="{x}" y="{:.1}" width="18" height="14" fill="none" stroke="{pain}" stroke-width="2" stroke-dasharray="4 3"/>"#, y - 8.0), "your pain"));
    }
    let mut y = 90.0;
    for (swatch, text) in rows {
        let _ = write!(
            s,
            r#"{}<text x="{:.1}" y="{:.1}">{}</text>"#,
            swatch(lx0, y, zone, pain),
            lx0 + 26.0,
            y + 4.0,
            esc(text)
        );
        y += 24.0;
    }
    for &tp in TriggerPoint::ALL {
        let mark = if options.highlight == Some(tp) {
            " (shown)"
        } else {
            ""
        };
        let _ = write!(
            s,
            r#"<text x="{lx0}" y="{:.1}" font-size="11">{}{}</text>"#,
            y + 4.0,
            esc(tp.record().name),
            mark
        );
        y += 18.0;
    }
    s.push_str("</g></svg>");
    let mut regions = Vec::new();
    for &left in &sides {
        for &region in BodyRegion::ALL {
            let shape = match region_shape(region) {
                Shape::Ellipse { cx, cy, rx, ry } => RegionShape::Ellipse {
                    cx: mx(cx, left),
                    cy,
                    rx,
                    ry,
                },
                Shape::Rect { x, y, w, h, r } => RegionShape::Rect {
                    x: if left { 2.0 * MID - x - w } else { x },
                    y,
                    width: w,
                    height: h,
                    corner: r,
                },
            };
            regions.push(MapRegion {
                region,
                side: if left { Side::Left } else { Side::Right },
                shape,
                label: label(region),
                zone: referral.iter().find(|r| r.0 == region).map(|r| r.1),
                in_pain: pain_regions.contains(&region),
            });
        }
    }
    BodyMap {
        svg: s,
        title,
        description: desc,
        width: W,
        height: H,
        regions,
    }
}

/// Draws a pain log as an SVG line chart: pain over time, routine days, and
/// flares (as found by [`analyze`] with `config`) shaded.
///
/// ```
/// use chrono::NaiveDate;
/// use piriformis_core::picture::progress_chart_svg;
/// use piriformis_core::progress::{LogEntry, ProgressConfig};
/// let d = |n| NaiveDate::from_ymd_opt(2026, 1, n).unwrap();
/// let log: Vec<LogEntry> = (1..=10).map(|n| LogEntry { date: d(n), pain: 5, nerve_symptoms: false, routine_done: n % 2 == 0 }).collect();
/// let svg = progress_chart_svg(&log, d(10), &ProgressConfig::default()).unwrap();
/// assert!(svg.contains("<polyline"));
/// ```
pub fn progress_chart_svg(
    log: &[LogEntry],
    today: NaiveDate,
    config: &ProgressConfig,
) -> Result<String> {
    let report = analyze(log, today, config)?;
    let entries = crate::progress::validate_log(log, today)?;
    let (w, h) = (640.0, 320.0);
    let (left, right, top, bottom) = (48.0, 16.0, 40.0, 56.0);
    let (pw, ph) = (w - left - right, h - top - bottom);
    let first = entries.first().map(|e| e.date).unwrap_or(today);
    let last = entries.last().map(|e| e.date).unwrap_or(today);
    let span = (last - first).num_days().max(1) as f64;
    let x = |d: NaiveDate| left + pw * ((d - first).num_days() as f64) / span;
    let y = |p: f64| top + ph * (1.0 - p / 10.0);
    let title = format!("Pain over time, {first} to {last}");
    let desc = format!(
        "Line chart of pain from 0 to 10 across {} logged days. Trend: {}. {} Flares are shaded; green marks below the axis are days the routine was done.",
        entries.len(),
        report.trend.id().replace('_', " "),
        report.summary
    );
    let mut s = String::with_capacity(4_000 + entries.len() * 80);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="pc-title pc-desc" font-family="DejaVu Sans, Arial, sans-serif">"#
    );
    let _ = write!(
        s,
        r#"<title id="pc-title">{}</title><desc id="pc-desc">{}</desc>"#,
        esc(&title),
        esc(&desc)
    );
    s.push_str(r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = write!(
        s,
        r##"<text x="{:.1}" y="22" text-anchor="middle" font-size="14" font-weight="bold" fill="#222">{}</text>"##,
        w / 2.0,
        esc(&title)
    );
    for f in &report.flares {
        let (x0, x1) = (x(f.start) - 4.0, x(f.end) + 4.0);
        let _ = write!(
            s,
            r##"<rect class="flare" x="{x0:.1}" y="{top:.1}" width="{:.1}" height="{ph:.1}" fill="#c0392b" fill-opacity="0.15"/>"##,
            x1 - x0
        );
    }
    for p in (0..=10).step_by(2) {
        let yy = y(f64::from(p));
        let _ = write!(
            s,
            r##"<line x1="{left:.1}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="11" fill="#444">{p}</text>"##,
            left + pw,
            left - 6.0,
            yy + 4.0
        );
    }
    let _ = write!(
        s,
        r##"<text x="14" y="{:.1}" font-size="11" fill="#444" transform="rotate(-90 14 {:.1})" text-anchor="middle">pain (0-10)</text>"##,
        top + ph / 2.0,
        top + ph / 2.0
    );
    let _ = write!(
        s,
        r##"<text x="{left:.1}" y="{:.1}" font-size="11" fill="#444">{first}</text><text x="{:.1}" y="{:.1}" font-size="11" fill="#444" text-anchor="end">{last}</text>"##,
        h - 12.0,
        left + pw,
        h - 12.0
    );
    if !entries.is_empty() {
        let points: Vec<String> = entries
            .iter()
            .map(|e| format!("{:.1},{:.1}", x(e.date), y(f64::from(e.pain))))
            .collect();
        let _ = write!(
            s,
            r##"<polyline class="pain" points="{}" fill="none" stroke="#1f4e9c" stroke-width="2"/>"##,
            points.join(" ")
        );
        for e in &entries {
            let _ = write!(
                s,
                r##"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="#1f4e9c"/>"##,
                x(e.date),
                y(f64::from(e.pain))
            );
            if e.routine_done {
                let _ = write!(
                    s,
                    r##"<rect class="routine" x="{:.1}" y="{:.1}" width="4" height="6" fill="#2e8b57"/>"##,
                    x(e.date) - 2.0,
                    top + ph + 4.0
                );
            }
        }
    }
    let _ = write!(
        s,
        r##"<line x1="{left:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#444"/>"##,
        top + ph,
        left + pw,
        top + ph
    );
    s.push_str("</svg>");
    Ok(s)
}

#[cfg(test)]
mod body_map_tests {
    use super::*;

    #[test]
    fn the_default_style_draws_the_same_picture() {
        let o = BodyMapOptions {
            side: Some(Side::Both),
            highlight: Some(TriggerPoint::Lateral),
            pain_regions: vec![BodyRegion::Calf],
        };
        let map = body_map(&o, &BodyMapStyle::default()).unwrap();
        assert_eq!(map.svg, body_map_svg(&o));
        assert!(map.svg.contains(&esc(&map.title)) && map.svg.contains(&esc(&map.description)));
        // Every region on each of the two sides, left first, each inside its own outline.
        assert_eq!(map.regions.len(), 2 * BodyRegion::ALL.len());
        assert_eq!(map.regions[0].side, Side::Left);
        let calf: Vec<_> = map
            .regions
            .iter()
            .filter(|r| r.region == BodyRegion::Calf)
            .collect();
        assert!(calf.iter().all(|r| r.in_pain));
        assert!(!calf[0].shape.contains(268.0, 520.0) && calf[1].shape.contains(268.0, 520.0));
        assert!(calf[0].shape.contains(2.0 * MID - 268.0, 520.0));
        // The zones drawn are the highlighted point's referral.
        let zones: Vec<_> = map
            .regions
            .iter()
            .filter_map(|r| r.zone.map(|z| (r.region, z)))
            .collect();
        for r in TriggerPoint::Lateral.record().referral {
            assert!(zones.contains(&(r.region, r.kind)));
        }
    }

    #[test]
    fn colours_and_labels_are_the_apps_and_checked() {
        let style = BodyMapStyle {
            zone_colour: Some("#123456".into()),
            pain_colour: Some("#abc".into()),
            labels: vec![(BodyRegion::Buttock, "Gesäß <b>".into())],
        };
        let o = BodyMapOptions {
            pain_regions: vec![BodyRegion::Buttock],
            ..Default::default()
        };
        let map = body_map(&o, &style).unwrap();
        assert!(
            map.svg.contains("#123456") && map.svg.contains("#abc") && !map.svg.contains("#c0392b")
        );
        assert!(map.description.contains("Gesäß <b>") && map.svg.contains("Gesäß &lt;b&gt;"));
        assert!(map.regions.iter().any(|r| r.label == "Gesäß <b>"));
        for bad in ["red", "#12345g", "#1234\"/><script>", ""] {
            let style = BodyMapStyle {
                pain_colour: Some(bad.into()),
                ..Default::default()
            };
            let e = body_map(&o, &style).unwrap_err();
            assert_eq!(e.field(), Some("style.pain_colour"), "{bad}");
        }
    }
}
