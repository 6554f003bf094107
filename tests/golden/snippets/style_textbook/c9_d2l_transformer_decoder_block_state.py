# A Transformer decoder block that caches its past keys/values in a state list during prediction.
import math
import torch
from torch import nn

class DecoderBlock(nn.Module):
    def __init__(self, num_hiddens, ffn_num_hiddens, num_heads, dropout, i):
        super().__init__()
        self.i = i
        self.attention1 = nn.MultiheadAttention(num_hiddens, num_heads, dropout, batch_first=True)
        self.ln1 = nn.LayerNorm(num_hiddens)
        self.attention2 = nn.MultiheadAttention(num_hiddens, num_heads, dropout, batch_first=True)
        self.ln2 = nn.LayerNorm(num_hiddens)
        self.ffn = nn.Sequential(nn.Linear(num_hiddens, ffn_num_hiddens), nn.ReLU(),
                                 nn.Linear(ffn_num_hiddens, num_hiddens))
        self.ln3 = nn.LayerNorm(num_hiddens)

    def forward(self, X, state):
        enc_outputs = state[0]
        if state[1][self.i] is None:
            key_values = X
        else:
            key_values = torch.cat((state[1][self.i], X), dim=1)
        state[1][self.i] = key_values
        if self.training:
            T = X.shape[1]
            mask = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)
        else:
            mask = None
        X2, _ = self.attention1(X, key_values, key_values, attn_mask=mask)
        Y = self.ln1(X + X2)
        Y2, _ = self.attention2(Y, enc_outputs, enc_outputs)
        Z = self.ln2(Y + Y2)
        return self.ln3(Z + self.ffn(Z)), state

torch.manual_seed(0)
blk = DecoderBlock(8, 16, 2, 0.0, 0)
enc = torch.randn(2, 5, 8)
X = torch.randn(2, 4, 8)
state = [enc, [None]]
out, state = blk(X, state)
print(out.shape, state[1][0].shape)
blk.eval()
state = [enc, [None]]
steps = []
with torch.no_grad():
    for t in range(3):
        y, state = blk(X[:, t:t + 1], state)
        steps.append(y)
print(torch.cat(steps, 1).shape, state[1][0].shape)
print(out[0, 0])
print(math.isclose(out.mean().item(), 0.0, abs_tol=1e-6))
