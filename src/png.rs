//! PNG output for the pictures (feature `png`): the body map and the
//! progress chart are SVG text ([`crate::picture`]); this renders such text
//! to PNG bytes with resvg.

/// Renders `svg` to PNG bytes, loading the system fonts for the labels.
///
/// ```
/// use piriformis::picture::{body_map_svg, BodyMapOptions};
/// let png = piriformis::png::render_png(&body_map_svg(&BodyMapOptions::default())).unwrap();
/// assert!(png.starts_with(b"\x89PNG"));
/// ```
pub fn render_png(svg: &str) -> Result<Vec<u8>, String> {
    let mut opt = resvg::usvg::Options::default();
    opt.fontdb_mut().load_system_fonts();
    let tree = resvg::usvg::Tree::from_str(svg, &opt).map_err(|e| e.to_string())?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("empty picture")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}
