"""Accuracy against gold: run the pipeline over corpora of documents with gold files, score what it loaded
(`jixiao.evaluation.scoring`), and say which named rules made the rows and on how many authors' documents they
rest (`jixiao eval`, `make accuracy`)."""
