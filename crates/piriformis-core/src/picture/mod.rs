//! Pictures as SVG text, made by the core with no dependency and the same
//! bytes for the same input: the body map of trigger points and referred
//! pain (posterior view, `body_map.rs`), and the progress chart of a pain log
//! (`chart.rs`), drawn with one kit of shapes and colours (`shapes.rs`).

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::triage::Side;
use crate::trigger_point::{BodyRegion, ReferralKind, TriggerPoint};

mod body_map;
mod chart;
mod shapes;

pub use chart::progress_chart_svg;
use shapes::{ESSENTIAL, PAIN, colour};

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
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
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
    /// The same outline on the other side of the body (mirrored about the midline).
    pub fn mirrored(self) -> Self {
        use shapes::MID;
        match self {
            Self::Ellipse { cx, cy, rx, ry } => Self::Ellipse {
                cx: 2.0 * MID - cx,
                cy,
                rx,
                ry,
            },
            Self::Rect {
                x,
                y,
                width,
                height,
                corner,
            } => Self::Rect {
                x: 2.0 * MID - x - width,
                y,
                width,
                height,
                corner,
            },
        }
    }

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
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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

/// Draws the body map as SVG text.
///
/// ```
/// use piriformis_core::picture::{body_map_svg, BodyMapOptions};
/// let svg = body_map_svg(&BodyMapOptions::default());
/// assert!(svg.starts_with("<svg") && svg.contains("<title"));
/// ```
pub fn body_map_svg(options: &BodyMapOptions) -> String {
    body_map::draw(options, &BodyMapStyle::default(), ESSENTIAL, PAIN).svg
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
    Ok(body_map::draw(options, style, &zone, &pain))
}

#[cfg(test)]
mod body_map_tests {
    use super::shapes::MID;
    use super::*;
    use crate::html::escape as esc;
    use crate::vocab::Vocabulary;

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
