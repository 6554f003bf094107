# Text to tensors: a vocabulary with reserved tokens, token indices, one-hot encoding of a minibatch.
import collections
import torch
from torch.nn import functional as F

lines = ["the time machine", "by h g wells", "the time traveller", "for so it will be convenient"]
tokens = [list(line) for line in lines]
counter = collections.Counter(tok for line in tokens for tok in line)
token_freqs = sorted(counter.items(), key=lambda x: x[1], reverse=True)
idx_to_token = ["<unk>"] + [tok for tok, freq in token_freqs if freq >= 2]
token_to_idx = {tok: i for i, tok in enumerate(idx_to_token)}
print(len(idx_to_token), token_freqs[:5])
corpus = [token_to_idx.get(tok, 0) for line in tokens for tok in line]
print(corpus[:20])
X = torch.tensor(corpus[:10]).reshape(2, 5)
print(X)
oh = F.one_hot(X.T, len(idx_to_token))
print(oh.shape, oh.dtype, oh.sum())
print(oh[0])
print(F.one_hot(torch.tensor([0, 2]), len(idx_to_token)).float() @ torch.arange(len(idx_to_token), dtype=torch.float32))
print(F.one_hot(torch.tensor([3, 1, 0])))
try:
    F.one_hot(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.one_hot(torch.tensor([5]), 3)
except RuntimeError as e:
    print("RuntimeError:", e)
