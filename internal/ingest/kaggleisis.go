package ingest

// KaggleISIS is the kaggle-isis format: the Kaggle 'How ISIS uses Twitter' tweets CSV
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var KaggleISIS = Format{Name: "kaggle-isis", Description: "the Kaggle 'How ISIS uses Twitter' tweets CSV"}
