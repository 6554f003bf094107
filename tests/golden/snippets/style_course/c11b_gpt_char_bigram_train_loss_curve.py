# nanoGPT lecture warm-up: BigramLanguageModel(nn.Module) with nn.Embedding logits, AdamW, loss every 20 steps.
import torch
import torch.nn as nn
from torch.nn import functional as F

torch.manual_seed(1337)
text = "first citizen: before we proceed any further, hear me speak. all: speak, speak."
chars = sorted(list(set(text)))
vocab_size = len(chars)
stoi = {ch: i for i, ch in enumerate(chars)}
itos = {i: ch for i, ch in enumerate(chars)}
encode = lambda s: [stoi[c] for c in s]
decode = lambda l: ''.join([itos[i] for i in l])
data = torch.tensor(encode(text), dtype=torch.long)
print(vocab_size, data[:10])
block_size, batch_size = 8, 4

def get_batch():
    ix = torch.randint(len(data) - block_size, (batch_size,))
    x = torch.stack([data[i:i + block_size] for i in ix])
    y = torch.stack([data[i + 1:i + block_size + 1] for i in ix])
    return x, y

class BigramLanguageModel(nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.token_embedding_table = nn.Embedding(vocab_size, vocab_size)
    def forward(self, idx, targets=None):
        logits = self.token_embedding_table(idx)
        if targets is None:
            return logits, None
        B, T, C = logits.shape
        loss = F.cross_entropy(logits.view(B * T, C), targets.view(B * T))
        return logits, loss

m = BigramLanguageModel(vocab_size)
xb, yb = get_batch()
logits, loss = m(xb, yb)
print(logits.shape, loss)
optimizer = torch.optim.AdamW(m.parameters(), lr=1e-2)
for steps in range(100):
    xb, yb = get_batch()
    logits, loss = m(xb, yb)
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    optimizer.step()
    if steps % 20 == 0:
        print(steps, loss.item())
idx = torch.zeros((1, 1), dtype=torch.long)
for _ in range(20):
    logits, _ = m(idx)
    probs = F.softmax(logits[:, -1, :], dim=-1)
    idx = torch.cat((idx, torch.multinomial(probs, num_samples=1)), dim=1)
print(repr(decode(idx[0].tolist())))
