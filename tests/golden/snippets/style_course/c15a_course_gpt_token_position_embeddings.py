# Let's build GPT: token + position embeddings, a final LayerNorm and lm_head, loss at init
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1337)
vocab_size, n_embd, block_size = 11, 8, 6
tok_emb = nn.Embedding(vocab_size, n_embd)
pos_emb = nn.Embedding(block_size, n_embd)
ln_f = nn.LayerNorm(n_embd)
lm_head = nn.Linear(n_embd, vocab_size)
idx = torch.randint(0, vocab_size, (2, 5))
targets = torch.randint(0, vocab_size, (2, 5))
B, T = idx.shape
x = tok_emb(idx) + pos_emb(torch.arange(T))
logits = lm_head(ln_f(x))
loss = F.cross_entropy(logits.view(B * T, vocab_size), targets.view(B * T))
print(logits.shape, loss.item(), torch.log(torch.tensor(vocab_size)).item())
print(x.grad_fn, ln_f(x)[0, 0].mean().item(), ln_f(x).std(-1, unbiased=False)[0])
loss.backward()
print(pos_emb.weight.grad[5].abs().sum().item(), pos_emb.weight.grad[:2].abs().sum(1))
