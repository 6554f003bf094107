# nanoGPT: token + position embeddings, dropout in train vs eval, and crop to block_size in generate.
import torch
import torch.nn as nn

torch.manual_seed(42)
vocab_size, block_size, n_embd = 10, 6, 4
wte = nn.Embedding(vocab_size, n_embd)
wpe = nn.Embedding(block_size, n_embd)
drop = nn.Dropout(0.5)
idx = torch.tensor([[1, 3, 5, 7], [2, 4, 6, 8]])
B, T = idx.size()
pos = torch.arange(0, T, dtype=torch.long)
tok_emb = wte(idx)
pos_emb = wpe(pos)
x = tok_emb + pos_emb
print(tok_emb.shape, pos_emb.shape, x.shape)
print(drop(x)[0])
drop.eval()
print(torch.equal(drop(x), x))
drop.train()
y = drop(torch.ones(1000))
print(y.unique(), (y == 0).sum().item())
long_idx = torch.arange(9).view(1, 9)
idx_cond = long_idx if long_idx.size(1) <= block_size else long_idx[:, -block_size:]
print(idx_cond)
try:
    wpe(torch.arange(0, 9))
except IndexError as e:
    print("IndexError:", e)
print(wte.weight.grad, wte)
