# Transformer lecture: sinusoidal positional encoding table built with torch ops, printed and checked.
import math
import torch

max_len, d_model = 6, 8
pe = torch.zeros(max_len, d_model)
position = torch.arange(0, max_len, dtype=torch.float).unsqueeze(1)
div_term = torch.exp(torch.arange(0, d_model, 2).float() * (-math.log(10000.0) / d_model))
pe[:, 0::2] = torch.sin(position * div_term)
pe[:, 1::2] = torch.cos(position * div_term)
print(div_term)
print(pe)
print(pe.norm(dim=1))
print(pe[:, 0::2].pow(2) + pe[:, 1::2].pow(2))
sim = pe @ pe.T
print(sim[0])
x = torch.zeros(2, max_len, d_model)
print((x + pe).shape)
alt = 1.0 / (10000 ** (torch.arange(0, d_model, 2) / d_model))
print(torch.allclose(alt, div_term), (alt - div_term).abs().max())
