# GRU from scratch (d2l style params and gates) trained a few steps on a noisy sine sequence.
import torch

torch.manual_seed(0)
T = 60
time = torch.arange(1, T + 1, dtype=torch.float32)
series = torch.sin(0.1 * time) + 0.05 * torch.randn(T)
num_inputs, num_hiddens = 1, 8

def three():
    return (torch.randn(num_inputs, num_hiddens) * 0.1, torch.randn(num_hiddens, num_hiddens) * 0.1,
            torch.zeros(num_hiddens))

W_xz, W_hz, b_z = three()
W_xr, W_hr, b_r = three()
W_xh, W_hh, b_h = three()
W_hq = torch.randn(num_hiddens, 1) * 0.1
b_q = torch.zeros(1)
params = [W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q]
for p in params:
    p.requires_grad_(True)

def gru(inputs, H):
    outputs = []
    for X in inputs:
        Z = torch.sigmoid(X @ W_xz + H @ W_hz + b_z)
        R = torch.sigmoid(X @ W_xr + H @ W_hr + b_r)
        H_tilde = torch.tanh(X @ W_xh + (R * H) @ W_hh + b_h)
        H = Z * H + (1 - Z) * H_tilde
        outputs.append(H @ W_hq + b_q)
    return torch.stack(outputs), H

inputs = series[:-1].reshape(-1, 1, 1)
targets = series[1:].reshape(-1, 1, 1)
print(sum(p.numel() for p in params))
for epoch in range(5):
    H = torch.zeros(1, num_hiddens)
    out, H = gru(inputs, H)
    loss = ((out - targets) ** 2).mean()
    for p in params:
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 0.5 * p.grad
    print(epoch, loss.item())
print(out.shape, H.shape)
print(H)
