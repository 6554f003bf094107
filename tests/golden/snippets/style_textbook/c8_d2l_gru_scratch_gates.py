# GRU from scratch: reset and update gates, candidate state, run over a few steps and backprop.
import torch

def three(num_inputs, num_hiddens, sigma=0.01):
    return (torch.randn(num_inputs, num_hiddens) * sigma,
            torch.randn(num_hiddens, num_hiddens) * sigma,
            torch.zeros(num_hiddens))

torch.manual_seed(0)
num_inputs, num_hiddens = 5, 4
W_xz, W_hz, b_z = three(num_inputs, num_hiddens)
W_xr, W_hr, b_r = three(num_inputs, num_hiddens)
W_xh, W_hh, b_h = three(num_inputs, num_hiddens)
params = [W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h]
for p in params:
    p.requires_grad_(True)

def gru(inputs, H):
    outputs = []
    for X in inputs:
        Z = torch.sigmoid(torch.matmul(X, W_xz) + torch.matmul(H, W_hz) + b_z)
        R = torch.sigmoid(torch.matmul(X, W_xr) + torch.matmul(H, W_hr) + b_r)
        H_tilde = torch.tanh(torch.matmul(X, W_xh) + torch.matmul(R * H, W_hh) + b_h)
        H = Z * H + (1 - Z) * H_tilde
        outputs.append(H)
    return outputs, H

inputs = torch.randn(3, 2, num_inputs) * 10
outputs, H = gru(inputs, torch.zeros(2, num_hiddens))
print(len(outputs), H)
H.sum().backward()
print(b_h.grad, b_z.grad)
print(W_xh.grad.shape, W_hz.grad.abs().max() > 0)
