# Let's build GPT: a single causal self-attention head written as a small module, eval'd on a batch
import torch
import torch.nn as nn
import torch.nn.functional as F

class CausalHead(nn.Module):
    def __init__(self, n_embd, hs, ctx):
        super().__init__()
        self.k = nn.Linear(n_embd, hs, bias=False)
        self.q = nn.Linear(n_embd, hs, bias=False)
        self.v = nn.Linear(n_embd, hs, bias=False)
        self.register_buffer("mask", torch.tril(torch.ones(ctx, ctx)))

    def forward(self, x):
        T = x.shape[1]
        att = self.q(x) @ self.k(x).transpose(-2, -1) / self.k.out_features ** 0.5
        att = att.masked_fill(self.mask[:T, :T] == 0, float("-inf"))
        self.att = att.softmax(dim=-1)
        return self.att @ self.v(x)

torch.manual_seed(2024)
head = CausalHead(6, 3, ctx=5)
tokens = torch.randn(2, 4, 6)
y = head(tokens)
print(head.att[0])
print(y.shape, y[1])
print([name for name, _ in head.named_buffers()], head.mask.dtype)
print(head.att[1].sum(-1), (head.att == 0).sum().item())
