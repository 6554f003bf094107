# A transformer encoder block by hand: scaled dot-product multi-head attention, AddNorm, position-wise FFN.
import math
import torch
import torch.nn as nn

torch.manual_seed(8)
B, T, D, H = 2, 4, 8, 2

class MHA(nn.Module):
    def __init__(self):
        super().__init__()
        self.W_q, self.W_k, self.W_v, self.W_o = (nn.Linear(D, D, bias=False) for _ in range(4))

    def split(self, X):
        return X.reshape(B, T, H, D // H).permute(0, 2, 1, 3)

    def forward(self, X):
        q, k, v = self.split(self.W_q(X)), self.split(self.W_k(X)), self.split(self.W_v(X))
        scores = q @ k.transpose(-2, -1) / math.sqrt(D // H)
        self.attn = torch.softmax(scores, dim=-1)
        out = (self.attn @ v).permute(0, 2, 1, 3).reshape(B, T, D)
        return self.W_o(out)

class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.mha = MHA()
        self.ln1 = nn.LayerNorm(D)
        self.ffn = nn.Sequential(nn.Linear(D, 16), nn.ReLU(), nn.Linear(16, D))
        self.ln2 = nn.LayerNorm(D)

    def forward(self, X):
        Y = self.ln1(X + self.mha(X))
        return self.ln2(Y + self.ffn(Y))

blk = Block()
X = torch.randn(B, T, D)
out = blk(X)
print(out.shape, blk.mha.attn.shape)
print(blk.mha.attn[0, 0])
print(out.mean(-1), out.std(-1, unbiased=False))
print(sum(p.numel() for p in blk.parameters()))
out.sum().backward()
print(blk.mha.W_q.weight.grad.abs().sum() > 0, blk.ln2.bias.grad)
