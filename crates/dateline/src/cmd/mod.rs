pub mod eval;
pub mod extract;
pub mod train_ner;
