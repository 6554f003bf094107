# RNN from scratch: one-hot inputs, a tanh recurrence over time steps, and gradient clipping by global norm.
import torch
import torch.nn.functional as F

torch.manual_seed(17)
vocab, hidden = 6, 5
tokens = torch.tensor([[0, 3, 5, 2], [1, 1, 4, 0]])
X = F.one_hot(tokens.T, vocab).type(torch.float32)
print(X.shape, X[0])
W_xh = (torch.randn(vocab, hidden) * 0.01).requires_grad_()
W_hh = (torch.randn(hidden, hidden) * 0.01).requires_grad_()
b_h = torch.zeros(hidden, requires_grad=True)
W_hq = (torch.randn(hidden, vocab) * 0.01).requires_grad_()
params = [W_xh, W_hh, b_h, W_hq]
H = torch.zeros(2, hidden)
outputs = []
for X_t in X:
    H = torch.tanh(X_t @ W_xh + H @ W_hh + b_h)
    outputs.append(H @ W_hq)
Y = torch.cat(outputs, dim=0)
loss = F.cross_entropy(Y, tokens.T.reshape(-1)) * 1000
loss.backward()
norm = torch.sqrt(sum(torch.sum(p.grad ** 2) for p in params))
print(Y.shape, loss.item(), norm.item())
theta = 1.0
if norm > theta:
    for p in params:
        p.grad[:] *= theta / norm
print(torch.sqrt(sum(torch.sum(p.grad ** 2) for p in params)))
