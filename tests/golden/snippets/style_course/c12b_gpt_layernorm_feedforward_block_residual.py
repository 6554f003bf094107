# nanoGPT Block: pre-LayerNorm, MultiHead attention via nn.ModuleList of heads, FeedForward, residual adds.
import torch
import torch.nn as nn
from torch.nn import functional as F

torch.manual_seed(1337)
n_embd, n_head, block_size, dropout = 8, 2, 4, 0.0

class Head(nn.Module):
    def __init__(self, head_size):
        super().__init__()
        self.key = nn.Linear(n_embd, head_size, bias=False)
        self.query = nn.Linear(n_embd, head_size, bias=False)
        self.value = nn.Linear(n_embd, head_size, bias=False)
        self.register_buffer('tril', torch.tril(torch.ones(block_size, block_size)))
    def forward(self, x):
        B, T, C = x.shape
        k, q = self.key(x), self.query(x)
        wei = q @ k.transpose(-2, -1) * k.shape[-1] ** -0.5
        wei = wei.masked_fill(self.tril[:T, :T] == 0, float('-inf'))
        wei = F.softmax(wei, dim=-1)
        return wei @ self.value(x)

class MultiHeadAttention(nn.Module):
    def __init__(self, num_heads, head_size):
        super().__init__()
        self.heads = nn.ModuleList([Head(head_size) for _ in range(num_heads)])
        self.proj = nn.Linear(head_size * num_heads, n_embd)
    def forward(self, x):
        return self.proj(torch.cat([h(x) for h in self.heads], dim=-1))

class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.sa = MultiHeadAttention(n_head, n_embd // n_head)
        self.ffwd = nn.Sequential(nn.Linear(n_embd, 4 * n_embd), nn.ReLU(), nn.Linear(4 * n_embd, n_embd), nn.Dropout(dropout))
        self.ln1 = nn.LayerNorm(n_embd)
        self.ln2 = nn.LayerNorm(n_embd)
    def forward(self, x):
        x = x + self.sa(self.ln1(x))
        x = x + self.ffwd(self.ln2(x))
        return x

blk = Block()
x = torch.randn(2, 3, n_embd)
y = blk(x)
print(y.shape, y.grad_fn.name())
print(sum(p.numel() for p in blk.parameters()), 'parameters')
print([n for n, b in blk.named_buffers()])
print(blk.ln1(x).mean(-1).abs().max().item() < 1e-6, blk.ln1(x).std(-1, unbiased=False)[0])
y.sum().backward()
print(blk.sa.heads[0].key.weight.grad.shape, blk.sa.heads[1].tril.requires_grad)
print(blk.sa.heads[0].tril)
