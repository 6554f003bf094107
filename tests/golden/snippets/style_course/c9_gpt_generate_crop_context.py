# GPT generate(): crop the context to block_size, take the last step's logits, sample with a Generator.
import torch
import torch.nn as nn
from torch.nn import functional as F

class TinyLM(nn.Module):
    def __init__(self, vocab_size, n_embd, block_size):
        super().__init__()
        self.block_size = block_size
        self.tok = nn.Embedding(vocab_size, n_embd)
        self.pos = nn.Embedding(block_size, n_embd)
        self.head = nn.Linear(n_embd, vocab_size)

    def forward(self, idx):
        B, T = idx.shape
        x = self.tok(idx) + self.pos(torch.arange(T))
        return self.head(x)

    @torch.no_grad()
    def generate(self, idx, max_new_tokens, generator=None, temperature=1.0):
        for _ in range(max_new_tokens):
            idx_cond = idx if idx.size(1) <= self.block_size else idx[:, -self.block_size:]
            logits = self(idx_cond)
            logits = logits[:, -1, :] / temperature
            probs = F.softmax(logits, dim=-1)
            idx_next = torch.multinomial(probs, num_samples=1, generator=generator)
            idx = torch.cat((idx, idx_next), dim=1)
        return idx

torch.manual_seed(1337)
chars = sorted(set("hello world, how are you"))
stoi = {ch: i for i, ch in enumerate(chars)}
itos = {i: ch for i, ch in enumerate(chars)}
encode = lambda s: [stoi[c] for c in s]
decode = lambda l: "".join([itos[i] for i in l])
model = TinyLM(len(chars), 8, 4)
context = torch.tensor([encode("he")], dtype=torch.long)
g = torch.Generator().manual_seed(42)
out = model.generate(context, max_new_tokens=12, generator=g)
print(out.shape)
print(out[0].tolist())
print(repr(decode(out[0].tolist())))
try:
    model(torch.zeros((1, 6), dtype=torch.long))
except IndexError as e:
    print(type(e).__name__, e)
out2 = model.generate(torch.zeros((2, 1), dtype=torch.long), 5, generator=g, temperature=0.5)
print(out2)
