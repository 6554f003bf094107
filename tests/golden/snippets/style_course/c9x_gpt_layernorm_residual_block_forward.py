# GPT lecture: a pre-norm transformer block (LayerNorm -> causal self-attention -> residual, MLP) on a tiny batch.
import torch
import torch.nn as nn
from torch.nn import functional as F

torch.manual_seed(1337)
B, T, C, n_head = 2, 4, 8, 2

class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(C), nn.LayerNorm(C)
        self.qkv = nn.Linear(C, 3 * C, bias=False)
        self.proj = nn.Linear(C, C)
        self.ffwd = nn.Sequential(nn.Linear(C, 4 * C), nn.ReLU(), nn.Linear(4 * C, C))
        self.register_buffer("tril", torch.tril(torch.ones(T, T)))
    def attn(self, x):
        q, k, v = self.qkv(x).split(C, dim=2)
        q = q.view(B, T, n_head, C // n_head).transpose(1, 2)
        k = k.view(B, T, n_head, C // n_head).transpose(1, 2)
        v = v.view(B, T, n_head, C // n_head).transpose(1, 2)
        wei = q @ k.transpose(-2, -1) * (C // n_head) ** -0.5
        wei = wei.masked_fill(self.tril[:T, :T] == 0, float("-inf"))
        wei = F.softmax(wei, dim=-1)
        self.wei = wei
        out = (wei @ v).transpose(1, 2).contiguous().view(B, T, C)
        return self.proj(out)
    def forward(self, x):
        x = x + self.attn(self.ln1(x))
        return x + self.ffwd(self.ln2(x))

block = Block()
x = torch.randn(B, T, C)
out = block(x)
print(out.shape, out.grad_fn.name())
print(block.wei[0, 0])
print(block.wei.sum(-1))
print(sum(p.numel() for p in block.parameters()), [n for n, _ in block.named_buffers()])
out.mean().backward()
print(block.qkv.weight.grad.shape, block.ln1.weight.grad.abs().sum().item() > 0)
