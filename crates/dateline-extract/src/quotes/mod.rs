//! Quotations: direct and partial speech in quotation marks, indirect
//! speech without them, each with its cue and its speaker.

mod attribution;
mod continuation;
mod cues;
mod describe;
mod indirect;
mod marks;
mod phrases;
mod resolve;
mod speech_verbs;

pub use attribution::Attribution;
pub use marks::QuoteMarks;
