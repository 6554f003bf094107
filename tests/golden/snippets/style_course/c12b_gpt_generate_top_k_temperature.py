# nanoGPT generate(): temperature scaling and top-k cropping before multinomial sampling with a generator.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1337)
chars = sorted(set('hello world, hold the door'))
stoi = {c: i for i, c in enumerate(chars)}
itos = {i: c for c, i in stoi.items()}
V = len(chars)
print(V, ''.join(chars))

class Bigram(nn.Module):
    def __init__(self):
        super().__init__()
        self.table = nn.Embedding(V, V)
    def forward(self, idx):
        return self.table(idx)

@torch.no_grad()
def generate(model, idx, n, temperature=1.0, top_k=None, g=None):
    for _ in range(n):
        logits = model(idx)[:, -1, :] / temperature
        if top_k is not None:
            v, _ = torch.topk(logits, min(top_k, logits.size(-1)))
            logits[logits < v[:, [-1]]] = -float('Inf')
        probs = F.softmax(logits, dim=-1)
        idx_next = torch.multinomial(probs, num_samples=1, generator=g)
        idx = torch.cat((idx, idx_next), dim=1)
    return idx

m = Bigram()
start = torch.tensor([[stoi['h']]])
for temp, k in [(1.0, None), (0.5, None), (1.0, 3), (2.0, 1)]:
    g = torch.Generator().manual_seed(7)
    out = generate(m, start, 12, temperature=temp, top_k=k, g=g)
    print(temp, k, repr(''.join(itos[i] for i in out[0].tolist())))
logits = m(start)[:, -1, :]
v, ix = torch.topk(logits, 3)
print(v, ix)
