# GRU from scratch: reset and update gates printed for one step, then a full pass compared with nn.GRU.
import torch
from torch import nn

torch.manual_seed(0)
num_inputs, num_hiddens = 3, 2
gru = nn.GRU(num_inputs, num_hiddens)
W_ir, W_iz, W_in = gru.weight_ih_l0.chunk(3)
W_hr, W_hz, W_hn = gru.weight_hh_l0.chunk(3)
b_ir, b_iz, b_in = gru.bias_ih_l0.chunk(3)
b_hr, b_hz, b_hn = gru.bias_hh_l0.chunk(3)

def gru_step(x, h):
    R = torch.sigmoid(x @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
    Z = torch.sigmoid(x @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
    H_tilde = torch.tanh(x @ W_in.T + b_in + R * (h @ W_hn.T + b_hn))
    return Z * h + (1 - Z) * H_tilde, R, Z

X = torch.randn(4, 1, num_inputs)
H = torch.zeros(1, num_hiddens)
outs = []
for t, x in enumerate(X):
    H, R, Z = gru_step(x, H)
    if t == 0:
        print("reset", R, "update", Z)
    outs.append(H)
mine = torch.stack(outs)
ref, h_n = gru(X)
print(mine.squeeze(1))
print(ref.squeeze(1))
print(torch.allclose(mine, ref, atol=1e-6), (mine - ref).abs().max() < 1e-6)
print(h_n)
