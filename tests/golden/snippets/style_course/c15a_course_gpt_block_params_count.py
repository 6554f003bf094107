# Let's build GPT: a transformer block (multi-head attention + feed-forward, pre-norm) and its size
import torch
import torch.nn as nn
from torch.nn import functional as F

class FeedFoward(nn.Module):
    def __init__(self, n_embd):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_embd, 4 * n_embd), nn.ReLU(), nn.Linear(4 * n_embd, n_embd), nn.Dropout(0.0))
    def forward(self, x):
        return self.net(x)

class Block(nn.Module):
    def __init__(self, n_embd, n_head):
        super().__init__()
        self.sa = nn.MultiheadAttention(n_embd, n_head, batch_first=True)
        self.ffwd = FeedFoward(n_embd)
        self.ln1 = nn.LayerNorm(n_embd)
        self.ln2 = nn.LayerNorm(n_embd)
    def forward(self, x):
        h = self.ln1(x)
        mask = torch.triu(torch.ones(x.shape[1], x.shape[1], dtype=torch.bool), diagonal=1)
        x = x + self.sa(h, h, h, attn_mask=mask, need_weights=False)[0]
        return x + self.ffwd(self.ln2(x))

torch.manual_seed(1337)
block = Block(8, 2)
print(block)
print(sum(p.numel() for p in block.parameters()) / 1e6, "M parameters")
x = torch.randn(1, 3, 8)
y = block(x)
print(y.shape, y[0, 0])
