# nanoGPT tiny: one attention head over embeddings, logits of the last position printed at full precision.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1337)
vocab, n_embd, T = 7, 6, 4
tok = nn.Embedding(vocab, n_embd)
pos = nn.Embedding(T, n_embd)
key = nn.Linear(n_embd, n_embd, bias=False)
query = nn.Linear(n_embd, n_embd, bias=False)
value = nn.Linear(n_embd, n_embd, bias=False)
lm_head = nn.Linear(n_embd, vocab)
idx = torch.tensor([[1, 5, 2, 6]])
x = tok(idx) + pos(torch.arange(T))
k, q, v = key(x), query(x), value(x)
wei = q @ k.transpose(-2, -1) * n_embd ** -0.5
wei = wei.masked_fill(torch.tril(torch.ones(T, T)) == 0, float('-inf'))
wei = F.softmax(wei, dim=-1)
out = wei @ v
logits = lm_head(out)
print(wei[0])
print(logits[0, -1])
loss = F.cross_entropy(logits.view(-1, vocab), torch.tensor([5, 2, 6, 0]))
print(loss)
loss.backward()
print(lm_head.bias.grad)
