# "Let's build GPT" shape: a Head module with a registered tril buffer, scaled by head_size**-0.5, and its
# attention weights for a short sequence, plus multi-head concatenation.
import torch
import torch.nn as nn
from torch.nn import functional as F


class Head(nn.Module):
    def __init__(self, n_embd, head_size, block_size):
        super().__init__()
        self.kqv = nn.ModuleList(nn.Linear(n_embd, head_size, bias=False) for _ in range(3))
        self.register_buffer('causal', torch.tril(torch.ones(block_size, block_size)))

    def forward(self, x):
        T = x.shape[1]
        k, q, v = (lin(x) for lin in self.kqv)
        att = (q @ k.mT) * k.shape[-1] ** -0.5
        att = att.masked_fill(self.causal[:T, :T] == 0, float('-inf')).softmax(dim=-1)
        self.last_att = att
        return att @ v


torch.manual_seed(1448)
seq = torch.randn(2, 5, 12)
head = Head(12, 3, block_size=8)
y = head(seq)
print(y.shape, head.last_att[1])
print(head.last_att.sum(-1))
heads = nn.ModuleList(Head(12, 3, 8) for _ in range(4))
cat = torch.cat([h(seq) for h in heads], dim=-1)
print(cat.shape, cat[0, 0])
print(list(dict(head.named_buffers())), y.grad_fn.name())
