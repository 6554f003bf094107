import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(19)
H, V = 6, 9
encoder = nn.GRU(H, H, batch_first=True, bidirectional=True)
bridge = nn.Linear(2 * H, H)
attn_out = nn.Linear(3 * H, H)
gen = nn.Linear(H, V)
src = torch.randn(2, 5, H)
enc_out, enc_h = encoder(src)
print(enc_out.shape, enc_h.shape)
keys = bridge(enc_out)
dec_h = torch.tanh(bridge(torch.cat([enc_h[0], enc_h[1]], -1)))
weights = F.softmax(torch.einsum("bh,bth->bt", dec_h, keys), dim=-1)
context = torch.einsum("bt,bth->bh", weights, enc_out)
logits = gen(torch.tanh(attn_out(torch.cat([dec_h, context], -1))))
print(weights.shape, context.shape, logits.shape)
print(F.log_softmax(logits, -1).exp().sum(-1).round(decimals=4))
