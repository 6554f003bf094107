import torch
from torch import nn

torch.manual_seed(55)
chars = {c: i + 1 for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
words = ["cat", "horse", "ox"]
L = max(map(len, words))
ids = torch.tensor([[chars[c] for c in w] + [0] * (L - len(w)) for w in words])
emb = nn.Embedding(27, 4, padding_idx=0)
conv = nn.Conv1d(4, 6, kernel_size=2)
h = conv(emb(ids).transpose(1, 2))
feat = h.max(dim=2).values
print(ids, h.shape, feat.shape)
try:
    conv(emb(ids))
except Exception as e:
    print(type(e).__name__, e)
