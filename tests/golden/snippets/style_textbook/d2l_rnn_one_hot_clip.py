# RNN from scratch: one-hot inputs transposed to (time, batch, vocab), a forward loop and gradient clipping.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
print(F.one_hot(torch.tensor([0, 2]), 5))
X = torch.arange(10).reshape((2, 5))
print(F.one_hot(X.T, 28).shape)
num_inputs, num_hiddens = 28, 16
W_xh = torch.randn(num_inputs, num_hiddens) * 0.01
W_hh = torch.randn(num_hiddens, num_hiddens) * 0.01
b_h = torch.zeros(num_hiddens)
W_hq = torch.randn(num_hiddens, num_inputs) * 0.01
b_q = torch.zeros(num_inputs)
params = [W_xh, W_hh, b_h, W_hq, b_q]
for param in params:
    param.requires_grad_(True)
state = torch.zeros((2, num_hiddens))
outputs = []
for Xt in F.one_hot(X.T, 28).type(torch.float32):
    state = torch.tanh(torch.matmul(Xt, W_xh) + torch.matmul(state, W_hh) + b_h)
    outputs.append(torch.matmul(state, W_hq) + b_q)
Y = torch.cat(outputs, dim=0)
print(Y.shape, state.shape)
(Y ** 2).sum().mul(1e4).backward()

def grad_clipping(params, theta):
    norm = torch.sqrt(sum(torch.sum((p.grad ** 2)) for p in params))
    if norm > theta:
        for param in params:
            param.grad[:] *= theta / norm
    return norm

print(grad_clipping(params, 1))
print(torch.sqrt(sum(torch.sum(p.grad ** 2) for p in params)))
