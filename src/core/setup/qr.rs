//! Drawing a setup's QR code (SVG for the screen, PNG for the printed card) and finding one in
//! a camera frame. On the web these live in their own lazily loaded module
//! (`src/bin/harbour-qr.rs`), like the phone rules; native builds link them.

use qrcode::{render::svg, EcLevel, QrCode, Version};

use super::{base64, Drawn, SetupError};

/// Medium error correction: a printed card survives a fold or a smudge.
const LEVEL: EcLevel = EcLevel::M;
/// Camera frames bigger than this are not looked at (4K is 8.3 million pixels).
const MAX_FRAME_PIXELS: usize = 4096 * 4096;

fn code(text: &str) -> Result<QrCode, SetupError> {
    QrCode::with_error_correction_level(text.as_bytes(), LEVEL).map_err(|_| SetupError::TooLarge)
}

/// Draws `text`; `TooLarge` if no QR code can hold it.
pub fn draw(text: &str) -> Result<Drawn, SetupError> {
    let code = code(text)?;
    let version = match code.version() {
        Version::Normal(v) | Version::Micro(v) => v,
    };
    let svg = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(4, 4)
        .build();
    Ok(Drawn {
        version,
        svg: format!(
            "data:image/svg+xml;base64,{}",
            base64::encode(svg.as_bytes(), base64::STANDARD)
        ),
        png: format!(
            "data:image/png;base64,{}",
            base64::encode(&png(text, 8)?, base64::STANDARD)
        ),
    })
}

/// `text` as a greyscale PNG, `module_px` pixels per module, with the four-module quiet zone.
pub fn png(text: &str, module_px: usize) -> Result<Vec<u8>, SetupError> {
    let code = code(text)?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 8) * module_px;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (mx, my) = (i % modules + 4, i / modules + 4);
            for y in my * module_px..(my + 1) * module_px {
                pixels[y * side + mx * module_px..y * side + (mx + 1) * module_px].fill(0);
            }
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side as u32, side as u32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .write_header()
        .and_then(|mut w| w.write_image_data(&pixels))
        .map_err(|_| SetupError::TooLarge)?;
    Ok(out)
}

/// The text of the first QR code found in a greyscale frame (one byte per pixel, rows top to
/// bottom), if any could be read whole. A half-seen code gives `None`: keep looking.
pub fn scan(width: usize, height: usize, grey: &[u8]) -> Option<String> {
    let pixels = width.checked_mul(height)?;
    if pixels == 0 || pixels > MAX_FRAME_PIXELS || grey.len() != pixels {
        return None;
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}
