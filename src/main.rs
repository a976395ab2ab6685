//! Launches Harbour; everything else lives in the library so tests can reach it.

fn main() {
    harbour::launch();
}
