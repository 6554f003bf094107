# nanoGPT model.py style: one c_attn Linear for q, k, v, split, heads via view/transpose, causal mask, c_proj.
import math
import torch
import torch.nn as nn
from torch.nn import functional as F

class CausalSelfAttention(nn.Module):
    def __init__(self, n_embd, n_head, block_size):
        super().__init__()
        self.c_attn = nn.Linear(n_embd, 3 * n_embd)
        self.c_proj = nn.Linear(n_embd, n_embd)
        self.n_head, self.n_embd = n_head, n_embd
        self.register_buffer("bias", torch.tril(torch.ones(block_size, block_size)).view(1, 1, block_size, block_size))

    def forward(self, x):
        B, T, C = x.size()
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        k = k.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        q = q.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        v = v.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
        att = att.masked_fill(self.bias[:, :, :T, :T] == 0, float("-inf"))
        att = F.softmax(att, dim=-1)
        y = att @ v
        y = y.transpose(1, 2).contiguous().view(B, T, C)
        return self.c_proj(y), att

torch.manual_seed(0)
attn = CausalSelfAttention(n_embd=12, n_head=3, block_size=6)
x = torch.randn(2, 5, 12)
y, att = attn(x)
print(y.shape, att.shape)
print(att[0, 0])
print(att.sum(-1)[0])
print(y.is_contiguous(), y.stride())
ref = F.scaled_dot_product_attention(*(t.view(2, 5, 3, 4).transpose(1, 2) for t in attn.c_attn(x).split(12, dim=2)), is_causal=True)
print(torch.allclose(ref, att @ attn.c_attn(x).split(12, dim=2)[2].view(2, 5, 3, 4).transpose(1, 2), atol=1e-6))
y.sum().backward()
print(attn.c_attn.weight.grad.shape, attn.c_attn.bias.grad[:4])
print(list(attn.state_dict().keys()))
