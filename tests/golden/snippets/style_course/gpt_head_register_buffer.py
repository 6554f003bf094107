# "Let's build GPT": a single self-attention Head with a tril buffer and scaled scores.
import torch
import torch.nn as nn
from torch.nn import functional as F

torch.manual_seed(1337)
n_embd, block_size, head_size = 8, 4, 4

class Head(nn.Module):
    def __init__(self, head_size):
        super().__init__()
        self.key = nn.Linear(n_embd, head_size, bias=False)
        self.query = nn.Linear(n_embd, head_size, bias=False)
        self.value = nn.Linear(n_embd, head_size, bias=False)
        self.register_buffer('tril', torch.tril(torch.ones(block_size, block_size)))

    def forward(self, x):
        B, T, C = x.shape
        k = self.key(x)
        q = self.query(x)
        wei = q @ k.transpose(-2, -1) * k.shape[-1] ** -0.5
        wei = wei.masked_fill(self.tril[:T, :T] == 0, float('-inf'))
        wei = F.softmax(wei, dim=-1)
        return wei @ self.value(x), wei

head = Head(head_size)
print(head)
x = torch.randn(2, block_size, n_embd)
out, wei = head(x)
print(out.shape)
print(wei[0])
print(head.state_dict().keys())
k = head.key(x)
print(round(k.var().item(), 4), wei.sum(-1))
