//! The body map: the piriformis, its trigger points and their referred
//! pain on a back view, with the person's pain outlined, drawn in parts.

use std::fmt::Write;

use crate::anatomy::Landmark;
use crate::html::escape as esc;
use crate::triage::Side;
use crate::trigger_point::{BodyRegion, PIRIFORMIS_REFERRAL, ReferralKind, TriggerPoint};
use crate::vocab::Vocabulary;

use super::shapes::{H, W, label, mx, region_shape, shape_svg, trigger_point_xy};
use super::{BodyMap, BodyMapOptions, BodyMapStyle, MapRegion};

/// What one drawing needs: the options and style, the sides drawn, the
/// referral zones shown and the person's pain regions (each once).
struct Scene<'a> {
    options: &'a BodyMapOptions,
    style: &'a BodyMapStyle,
    zone: &'a str,
    pain: &'a str,
    side: Side,
    /// For each side drawn, whether it is the left one.
    sides: Vec<bool>,
    referral: Vec<(BodyRegion, ReferralKind)>,
    pain_regions: Vec<BodyRegion>,
}

/// Draws the body map with checked colours.
pub(super) fn draw(
    options: &BodyMapOptions,
    style: &BodyMapStyle,
    zone: &str,
    pain: &str,
) -> BodyMap {
    let scene = Scene::new(options, style, zone, pain);
    let title = scene.title();
    let description = scene.description();
    let mut s = String::with_capacity(12_000);
    scene.head(&mut s, &title, &description);
    scene.silhouette(&mut s);
    scene.referral_zones(&mut s);
    scene.anatomy(&mut s);
    scene.pain_outlines(&mut s);
    scene.landmark_labels(&mut s);
    scene.legend(&mut s);
    s.push_str("</g></svg>");
    BodyMap {
        svg: s,
        title,
        description,
        width: W,
        height: H,
        regions: scene.regions(),
    }
}

impl<'a> Scene<'a> {
    fn new(
        options: &'a BodyMapOptions,
        style: &'a BodyMapStyle,
        zone: &'a str,
        pain: &'a str,
    ) -> Self {
        let side = options.side.unwrap_or(Side::Right);
        // Each pain region once, in the order first given: a region listed
        // twice is still one place that hurts.
        let mut pain_regions: Vec<BodyRegion> = Vec::with_capacity(options.pain_regions.len());
        for &r in &options.pain_regions {
            if !pain_regions.contains(&r) {
                pain_regions.push(r);
            }
        }
        let sides = match side {
            Side::Left => vec![true],
            Side::Right => vec![false],
            Side::Both => vec![true, false],
        };
        let referral = match options.highlight {
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
        Self {
            options,
            style,
            zone,
            pain,
            side,
            sides,
            referral,
            pain_regions,
        }
    }

    /// A region's label: the style's, or the English one.
    fn label(&self, r: BodyRegion) -> String {
        self.style
            .labels
            .iter()
            .find(|(region, _)| *region == r)
            .map_or_else(|| label(r.id()), |(_, l)| l.clone())
    }

    fn title(&self) -> String {
        let side_word = match self.side {
            Side::Left => "left side",
            Side::Right => "right side",
            Side::Both => "both sides",
        };
        match self.options.highlight {
            Some(tp) => format!(
                "Piriformis {} and its referred pain, {side_word}, back view",
                tp.record().name.to_lowercase()
            ),
            None => format!("Piriformis trigger points and referred pain, {side_word}, back view"),
        }
    }

    /// What a screen reader says.
    fn description(&self) -> String {
        let list = |kind: ReferralKind| {
            self.referral
                .iter()
                .filter(|r| r.1 == kind)
                .map(|r| self.label(r.0))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut desc = format!(
            "Back view of the pelvis and thigh with the sacrum, the greater trochanter, the piriformis and the sciatic nerve running below it. Trigger points are marked with crosses. Main (essential) pain zones, shaded solid: {}. Spillover zones, hatched: {}.",
            list(ReferralKind::Essential),
            list(ReferralKind::Spillover)
        );
        if !self.pain_regions.is_empty() {
            let _ = write!(
                desc,
                " Your pain, outlined with dashes: {}.",
                self.pain_regions
                    .iter()
                    .map(|&r| self.label(r))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        desc
    }

    /// The opening tag, title, description, hatch pattern and heading.
    fn head(&self, s: &mut String, title: &str, desc: &str) {
        let zone = self.zone;
        let _ = write!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-labelledby="pf-title pf-desc" font-family="DejaVu Sans, Arial, sans-serif">"#
        );
        let _ = write!(
            s,
            r#"<title id="pf-title">{}</title><desc id="pf-desc">{}</desc>"#,
            esc(title),
            esc(desc)
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
            esc(title)
        );
    }

    /// Trunk, pelvis and both legs, with the spine midline.
    fn silhouette(&self, s: &mut String) {
        s.push_str(r##"<g id="silhouette" fill="#f3e9df" stroke="#8a7866" stroke-width="1.5">"##);
        s.push_str(r#"<path d="M120 40 L280 40 L300 130 Q345 190 338 270 L318 440 L300 560 L292 650 L244 650 L240 560 L222 440 L206 300 L200 300 L194 300 L178 440 L160 560 L156 650 L108 650 L100 560 L82 440 L62 270 Q55 190 100 130 Z"/>"#);
        s.push_str("</g>");
        s.push_str(
            r##"<line x1="200" y1="40" x2="200" y2="122" stroke="#8a7866" stroke-dasharray="3 3"/>"##,
        );
    }

    /// The referral zones, under the anatomy.
    fn referral_zones(&self, s: &mut String) {
        let zone = self.zone;
        s.push_str(r#"<g id="referral">"#);
        for &left in &self.sides {
            for &(region, kind) in &self.referral {
                let fill = match kind {
                    ReferralKind::Essential => format!(r#"fill="{zone}" fill-opacity="0.5""#),
                    ReferralKind::Spillover => r#"fill="url(#pf-hatch)""#.to_string(),
                };
                let attrs = format!(r#"class="zone {} {}" {fill}"#, region.id(), kind.id());
                shape_svg(s, region_shape(region), left, &attrs);
            }
        }
        s.push_str("</g>");
    }

    /// Sacrum, trochanters, piriformis, sciatic nerve and trigger points.
    fn anatomy(&self, s: &mut String) {
        s.push_str(r##"<g id="anatomy">"##);
        s.push_str(r##"<path id="sacrum" d="M172 120 L228 120 L214 186 L200 204 L186 186 Z" fill="#e6d3b3" stroke="#7a6246" stroke-width="1.5"/>"##);
        for &left in &self.sides {
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
                let big = self.options.highlight == Some(tp);
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
    }

    /// The person's pain regions, on top.
    fn pain_outlines(&self, s: &mut String) {
        let pain = self.pain;
        if !self.pain_regions.is_empty() {
            s.push_str(r#"<g id="your-pain">"#);
            for &left in &self.sides {
                for &region in &self.pain_regions {
                    let attrs = format!(
                        r#"class="pain {}" fill="none" stroke="{pain}" stroke-width="3" stroke-dasharray="6 4""#,
                        region.id()
                    );
                    shape_svg(s, region_shape(region), left, &attrs);
                }
            }
            s.push_str("</g>");
        }
    }

    /// Labels for landmarks (on the right-hand figure, or the only one).
    fn landmark_labels(&self, s: &mut String) {
        let left_only = self.side == Side::Left;
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
    }

    fn legend(&self, s: &mut String) {
        let (zone, pain) = (self.zone, self.pain);
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
        if !self.pain_regions.is_empty() {
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
            let mark = if self.options.highlight == Some(tp) {
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
    }

    /// Every region on each drawn side, for tap targets.
    fn regions(&self) -> Vec<MapRegion> {
        let mut regions = Vec::new();
        for &left in &self.sides {
            for &region in BodyRegion::ALL {
                let shape = if left {
                    region_shape(region).mirrored()
                } else {
                    region_shape(region)
                };
                regions.push(MapRegion {
                    region,
                    side: if left { Side::Left } else { Side::Right },
                    shape,
                    label: self.label(region),
                    zone: self.referral.iter().find(|r| r.0 == region).map(|r| r.1),
                    in_pain: self.pain_regions.contains(&region),
                });
            }
        }
        regions
    }
}
