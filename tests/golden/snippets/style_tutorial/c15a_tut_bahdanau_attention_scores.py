# Seq2seq with additive attention: scores, weights over source positions, context vectors
import torch
import torch.nn as nn
import torch.nn.functional as F

class AdditiveAttention(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.query_proj = nn.Linear(dim, dim)
        self.key_proj = nn.Linear(dim, dim)
        self.energy = nn.Linear(dim, 1)

    def forward(self, dec_state, enc_outputs):
        e = self.energy(torch.tanh(self.query_proj(dec_state) + self.key_proj(enc_outputs)))
        attn = F.softmax(e.squeeze(-1), dim=-1).unsqueeze(1)
        return attn @ enc_outputs, attn

torch.manual_seed(90)
attention = AdditiveAttention(5)
dec_state = torch.randn(2, 1, 5)
enc_outputs = torch.randn(2, 4, 5)
ctx_vec, attn = attention(dec_state, enc_outputs)
print(attn)
print(ctx_vec.shape, attn.sum(-1))
print(ctx_vec)
ctx_vec.sum().backward()
print(attention.energy.weight.grad)
