# GPT from scratch: MultiHeadAttention built from Head modules in a ModuleList, concat + projection, shapes.
import torch
import torch.nn as nn
from torch.nn import functional as F

n_embd, block_size, dropout = 16, 8, 0.0

class Head(nn.Module):
    def __init__(self, head_size):
        super().__init__()
        self.key = nn.Linear(n_embd, head_size, bias=False)
        self.query = nn.Linear(n_embd, head_size, bias=False)
        self.value = nn.Linear(n_embd, head_size, bias=False)
        self.register_buffer("tril", torch.tril(torch.ones(block_size, block_size)))
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        B, T, C = x.shape
        k = self.key(x)
        q = self.query(x)
        wei = q @ k.transpose(-2, -1) * k.shape[-1] ** -0.5
        wei = wei.masked_fill(self.tril[:T, :T] == 0, float("-inf"))
        wei = F.softmax(wei, dim=-1)
        wei = self.dropout(wei)
        return wei @ self.value(x)

class MultiHeadAttention(nn.Module):
    def __init__(self, num_heads, head_size):
        super().__init__()
        self.heads = nn.ModuleList([Head(head_size) for _ in range(num_heads)])
        self.proj = nn.Linear(head_size * num_heads, n_embd)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        out = torch.cat([h(x) for h in self.heads], dim=-1)
        return self.dropout(self.proj(out))

torch.manual_seed(1337)
mha = MultiHeadAttention(4, n_embd // 4)
print(mha)
print(sum(p.numel() for p in mha.parameters()), len(list(mha.buffers())))
print(list(mha.state_dict().keys())[:5])
x = torch.randn(2, 5, n_embd)
y = mha(x)
print(y.shape)
print(y[0, 0, :4])
y.pow(2).mean().backward()
print(mha.heads[0].query.weight.grad.shape, mha.heads[0].tril.requires_grad)
