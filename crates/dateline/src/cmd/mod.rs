/// `println!` that treats a closed pipe as the end of the run.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cmd::data::write_line(format_args!($($arg)*))
    };
}

pub mod data;
pub mod entity;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod quotes;
pub mod search;
pub mod show;
pub mod stats;
pub mod timeline;
pub mod train_ner;
