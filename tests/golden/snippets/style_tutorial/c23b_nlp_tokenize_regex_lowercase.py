import re
import torch

docs = ["Hello, World!", "hello again... world", "A new WORLD?"]
tok = [re.findall(r"[a-z]+", d.lower()) for d in docs]
print(tok)
vocab = {w: i + 1 for i, w in enumerate(sorted({w for t in tok for w in t}))}
print(vocab)
maxlen = max(map(len, tok))
mat = torch.zeros(len(tok), maxlen, dtype=torch.long)
for i, t in enumerate(tok):
    mat[i, :len(t)] = torch.tensor([vocab[w] for w in t])
print(mat)
bow = torch.zeros(len(tok), len(vocab) + 1).scatter_add_(1, mat, torch.ones_like(mat, dtype=torch.float))
print(bow[:, 1:])
