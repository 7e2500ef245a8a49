"""Evaluation: what the pipeline loaded, scored against gold files (precision, recall, F1 per record kind); the
runs over corpora that produce it live in `jixiao.accuracy`."""
