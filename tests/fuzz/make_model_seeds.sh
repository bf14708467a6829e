#!/usr/bin/env bash
# Rebuilds the model loader's seeds in corpus/model_loader/: two tiny models trained by `kg train`
# on the CoNLL-U sentences below (the second with word clusters from a tiny embeddings file, in
# the tagger too, and a second tagger pass), and
# truncated and corrupted copies of the smaller one.
#   bash tests/fuzz/make_model_seeds.sh build/kg
set -euo pipefail
kg="${1:?usage: make_model_seeds.sh PATH-TO-kg}"
out="$(cd "$(dirname "$0")" && pwd)/corpus/model_loader"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

printf '%s\n' \
  '1	Kim	Kim	PROPN	NNP	_	2	nsubj	_	_' \
  '2	visited	visit	VERB	VBD	_	0	root	_	_' \
  '3	Seoul	Seoul	PROPN	NNP	_	2	obj	_	SpaceAfter=No' \
  '4	.	.	PUNCT	.	_	2	punct	_	_' \
  '' >"$tmp/one.conllu"
cp "$tmp/one.conllu" "$tmp/two.conllu"
printf '%s\n' \
  '1	He	he	PRON	PRP	_	4	nsubj	_	_' \
  '2-3	doesn'"'"'t	_	_	_	_	_	_	_	_' \
  '2	does	do	AUX	VBZ	_	4	aux	_	_' \
  '3	n'"'"'t	not	PART	RB	_	4	advmod	_	_' \
  '4	like	like	VERB	VB	_	0	root	_	_' \
  '5	the	the	DET	DT	_	6	det	_	_' \
  '6	plans	plan	NOUN	NNS	_	4	obj	_	SpaceAfter=No' \
  '7	.	.	PUNCT	.	_	4	punct	_	_' \
  '' >>"$tmp/two.conllu"

"$kg" train --train "$tmp/one.conllu" -o "$out/tiny1.kgm" --epochs 1 --tagger-epochs 1 --folds 0 >/dev/null
printf '%s\n' 'he 0.1 0.9 0' 'like 0.9 0.1 0' 'plans 0 0.2 1' 'visited 1 0 0.1' >"$tmp/emb.txt"
"$kg" train --train "$tmp/two.conllu" -o "$out/tiny2.kgm" --epochs 2 --tagger-epochs 2 --folds 0 \
  --embeddings "$tmp/emb.txt" --tagger-clusters --tagger-passes 2 >/dev/null 2>&1

python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
model = open(f"{out}/tiny1.kgm", "rb").read()
def write(name, data):
    open(f"{out}/{name}", "wb").write(data)
write("header_only.kgm", model[:32])                           # payload missing
write("truncated.kgm", model[: len(model) * 3 // 5])           # cut mid-payload
flipped = bytearray(model); flipped[len(model) // 2] ^= 0x40    # checksum mismatch
write("flipped_byte.kgm", bytes(flipped))
version = bytearray(model); version[8] = 99                     # unknown format version
write("version99.kgm", bytes(version))
write("not_a_model.kgm", b"KGMODEL\0 this is text, not a model\n")
PY
ls -l "$out"
