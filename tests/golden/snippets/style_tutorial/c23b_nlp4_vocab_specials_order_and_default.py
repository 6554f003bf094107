from collections import Counter, defaultdict
import torch

tokens = "to be or not to be that is the question".split()
counter = Counter(tokens)
specials = ["<unk>", "<pad>", "<s>", "</s>"]
vocab = defaultdict(lambda: 0, {w: i for i, w in enumerate(specials + [w for w, _ in counter.most_common()])})
print(len(vocab), vocab["to"], vocab["be"], vocab["zebra"])
print(len(vocab))
seq = torch.tensor([vocab[w] for w in "to be a question".split()])
print(seq)
