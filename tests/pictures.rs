//! Pictures: valid SVG that a real renderer draws, deterministic, with the
//! requested highlights; and the pain-location lookup.

use chrono::{Duration, NaiveDate};
use piriformis::lookup::lookup;
use piriformis::picture::{BodyMapOptions, body_map_svg, progress_chart_svg};
use piriformis::progress::{LogEntry, ProgressConfig, analyze};
use piriformis::*;

/// Parses with usvg and renders with resvg; returns the count of non-white pixels.
fn render(svg: &str) -> usize {
    let mut opt = resvg::usvg::Options::default();
    opt.fontdb_mut().load_system_fonts();
    let tree = resvg::usvg::Tree::from_str(svg, &opt).expect("valid SVG");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    assert!(!pixmap.encode_png().unwrap().is_empty());
    pixmap
        .pixels()
        .iter()
        .filter(|p| p.red() < 250 || p.green() < 250 || p.blue() < 250)
        .count()
}

#[test]
fn body_maps_render_for_every_option() {
    let mut seen = std::collections::HashSet::new();
    for side in [None, Some(Side::Left), Some(Side::Right), Some(Side::Both)] {
        for highlight in std::iter::once(None).chain(TriggerPoint::ALL.iter().copied().map(Some)) {
            let o = BodyMapOptions {
                side,
                highlight,
                pain_regions: vec![BodyRegion::Calf, BodyRegion::OuterHip],
            };
            let svg = body_map_svg(&o);
            assert!(render(&svg) > 10_000, "something is drawn");
            assert_eq!(svg, body_map_svg(&o), "deterministic");
            assert!(
                svg.contains("<title id=\"pf-title\">") && svg.contains("<desc id=\"pf-desc\">")
            );
            assert!(svg.contains("id=\"legend\""));
            seen.insert(svg);
        }
    }
    // No side means the right side; every other option changes the picture.
    assert_eq!(seen.len(), 12);
    assert_eq!(
        body_map_svg(&BodyMapOptions::default()),
        body_map_svg(&BodyMapOptions {
            side: Some(Side::Right),
            ..Default::default()
        })
    );
}

#[test]
fn body_map_shows_what_was_asked() {
    let plain = body_map_svg(&BodyMapOptions::default());
    assert!(plain.contains("right side"));
    assert!(!plain.contains("highlighted"));
    assert_eq!(plain.matches("class=\"trigger_point ").count(), 3);
    assert_eq!(plain.matches("class=\"greater_trochanter\"").count(), 1);
    assert!(
        plain.contains("id=\"sacrum\"")
            && plain.contains("class=\"piriformis\"")
            && plain.contains("class=\"sciatic_nerve\"")
    );
    // Every referral zone of the whole pattern is shaded, essential and spillover.
    assert_eq!(
        plain.matches("class=\"zone ").count(),
        trigger_point::PIRIFORMIS_REFERRAL.len()
    );
    assert!(plain.contains("class=\"zone sacroiliac_region essential\""));
    assert!(plain.contains("class=\"zone back_of_thigh spillover\""));

    let lateral = body_map_svg(&BodyMapOptions {
        side: Some(Side::Both),
        highlight: Some(TriggerPoint::Lateral),
        pain_regions: vec![BodyRegion::Foot],
    });
    assert!(lateral.contains("class=\"trigger_point lateral highlighted\""));
    assert_eq!(lateral.matches("highlighted").count(), 2, "both sides");
    assert!(
        !lateral.contains("zone sacroiliac_region"),
        "the lateral point does not refer to the SI region"
    );
    assert!(lateral.contains("class=\"zone calf spillover\""));
    assert_eq!(lateral.matches("class=\"pain foot\"").count(), 2);
    assert!(lateral.contains("Your pain, outlined with dashes: foot."));
}

fn log(pains: &[u8]) -> Vec<LogEntry> {
    let d0 = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    pains
        .iter()
        .enumerate()
        .map(|(i, &p)| LogEntry {
            date: d0 + Duration::days(i as i64),
            pain: p,
            nerve_symptoms: false,
            routine_done: i % 2 == 0,
        })
        .collect()
}

#[test]
fn progress_chart_marks_flares_and_routine_days() {
    let mut pains = vec![3u8; 30];
    for i in [10, 11, 12, 22, 23, 24] {
        pains[i] = 8;
    }
    let l = log(&pains);
    let today = l.last().unwrap().date;
    let cfg = ProgressConfig::default();
    let svg = progress_chart_svg(&l, today, &cfg).unwrap();
    assert!(render(&svg) > 1_000);
    assert_eq!(svg, progress_chart_svg(&l, today, &cfg).unwrap());
    let report = analyze(&l, today, &cfg).unwrap();
    assert_eq!(svg.matches("class=\"flare\"").count(), report.flares.len());
    assert_eq!(report.flares.len(), 2);
    assert_eq!(svg.matches("class=\"routine\"").count(), 15);
    assert!(svg.contains("<polyline class=\"pain\""));

    let empty = progress_chart_svg(&[], today, &cfg).unwrap();
    render(&empty);
    let mut bad = log(&[3, 4]);
    bad[1].pain = 12;
    assert_eq!(
        progress_chart_svg(&bad, today, &cfg).unwrap_err().field(),
        Some("log[1].pain")
    );
}

#[test]
fn lookup_ranks_essential_before_spillover() {
    let r = lookup(
        &[BodyRegion::SacroiliacRegion, BodyRegion::LowerBack],
        Side::Left,
    );
    assert_eq!(
        r.candidates[0].trigger_point,
        TriggerPoint::Medial,
        "essential SI zone and spillover low back"
    );
    assert_eq!(
        r.candidates[0].essential,
        vec![BodyRegion::SacroiliacRegion]
    );
    assert_eq!(r.candidates[0].spillover, vec![BodyRegion::LowerBack]);
    assert_eq!(r.candidates[0].sides, vec![Side::Left]);

    let r = lookup(&[BodyRegion::Foot], Side::Both);
    assert_eq!(r.candidates.len(), 1);
    assert_eq!(r.candidates[0].trigger_point, TriggerPoint::Lateral);
    assert!(r.candidates[0].essential.is_empty());
    assert_eq!(r.candidates[0].sides.len(), 2);

    let r = lookup(&[BodyRegion::OuterHip], Side::Right);
    assert!(r.candidates.is_empty());
    assert_eq!(r.unexplained[0].consider, vec![Mimic::HipBursitis]);

    // Ranking: essential count first, then spillover count; every candidate explains itself.
    let r = lookup(BodyRegion::ALL, Side::Right);
    for w in r.candidates.windows(2) {
        assert!(
            (w[0].essential.len(), w[0].spillover.len())
                >= (w[1].essential.len(), w[1].spillover.len())
        );
    }
    assert!(
        r.candidates
            .iter()
            .all(|c| c.explanation.contains("Find it"))
    );
    assert_eq!(lookup(&[], Side::Right).candidates.len(), 0);
}

#[test]
fn body_map_draws_each_pain_region_once() {
    let once = BodyMapOptions {
        side: Some(Side::Both),
        highlight: None,
        pain_regions: vec![BodyRegion::Calf, BodyRegion::OuterHip],
    };
    let repeated = BodyMapOptions {
        pain_regions: vec![
            BodyRegion::Calf,
            BodyRegion::Calf,
            BodyRegion::OuterHip,
            BodyRegion::Calf,
            BodyRegion::OuterHip,
        ],
        ..once.clone()
    };
    let svg = body_map_svg(&repeated);
    // Two figures (both sides), each region outlined once on each.
    assert_eq!(svg.matches(r#"class="pain calf""#).count(), 2, "{svg}");
    assert_eq!(svg.matches(r#"class="pain outer_hip""#).count(), 2);
    // Listing a region again changes nothing, description included.
    assert_eq!(svg, body_map_svg(&once));
}
