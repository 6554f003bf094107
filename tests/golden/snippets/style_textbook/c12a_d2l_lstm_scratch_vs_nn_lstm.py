# LSTM from scratch with input/forget/output gates and memory cell, checked against nn.LSTM's weights.
import torch
from torch import nn

torch.manual_seed(2)
lstm = nn.LSTM(2, 3)
Wi, Wf, Wg, Wo = lstm.weight_ih_l0.detach().chunk(4)
Ui, Uf, Ug, Uo = lstm.weight_hh_l0.detach().chunk(4)
b = (lstm.bias_ih_l0 + lstm.bias_hh_l0).detach().chunk(4)

def lstm_scratch(inputs, H, C):
    outputs = []
    for X in inputs:
        I = torch.sigmoid(X @ Wi.T + H @ Ui.T + b[0])
        F = torch.sigmoid(X @ Wf.T + H @ Uf.T + b[1])
        C_tilde = torch.tanh(X @ Wg.T + H @ Ug.T + b[2])
        O = torch.sigmoid(X @ Wo.T + H @ Uo.T + b[3])
        C = F * C + I * C_tilde
        H = O * torch.tanh(C)
        outputs.append(H)
    return torch.stack(outputs), (H, C)

X = torch.randn(5, 1, 2)
H0, C0 = torch.zeros(1, 3), torch.zeros(1, 3)
out, (H, C) = lstm_scratch(X, H0, C0)
with torch.no_grad():
    ref, (h_n, c_n) = lstm(X)
print(out[:, 0])
print(ref[:, 0])
print((out - ref).abs().max() < 1e-6, torch.allclose(C, c_n[0], atol=1e-6))
print(C, c_n)
print(lstm.weight_ih_l0.shape, lstm.weight_hh_l0.shape, lstm.bias_ih_l0.shape)
