# RNN from scratch: one-hot inputs, tanh hidden state, loss over time, gradient clipping by norm.
import math
import torch
from torch.nn import functional as F

torch.manual_seed(0)
vocab_size, num_hiddens = 6, 10
sigma = 0.01
W_xh = torch.randn(vocab_size, num_hiddens) * sigma
W_hh = torch.randn(num_hiddens, num_hiddens) * sigma
b_h = torch.zeros(num_hiddens)
W_hq = torch.randn(num_hiddens, vocab_size) * sigma
b_q = torch.zeros(vocab_size)
params = [W_xh, W_hh, b_h, W_hq, b_q]
for p in params:
    p.requires_grad_(True)

def rnn(inputs, state):
    outputs = []
    for X in inputs:
        state = torch.tanh(torch.matmul(X, W_xh) + torch.matmul(state, W_hh) + b_h)
        outputs.append(torch.matmul(state, W_hq) + b_q)
    return outputs, state

def grad_clipping(params, theta):
    norm = torch.sqrt(sum(torch.sum((p.grad ** 2)) for p in params))
    if norm > theta:
        for param in params:
            param.grad[:] *= theta / norm
    return norm

X = torch.arange(10).reshape((2, 5)) % vocab_size
print(F.one_hot(X.T, vocab_size).shape)
seq = torch.tensor([[0, 1, 2, 3, 4, 5, 0, 1], [5, 4, 3, 2, 1, 0, 5, 4]])
inputs, targets = seq[:, :-1], seq[:, 1:]
for step in range(5):
    state = torch.zeros(2, num_hiddens)
    outs, state = rnn(F.one_hot(inputs.T, vocab_size).float(), state)
    logits = torch.stack(outs)
    loss = F.cross_entropy(logits.reshape(-1, vocab_size), targets.T.reshape(-1))
    for p in params:
        p.grad = None
    loss.backward()
    norm = grad_clipping(params, 0.5)
    with torch.no_grad():
        for p in params:
            p -= 1.0 * p.grad
    print(f"step {step}: loss {loss.item():.6f}, ppl {math.exp(loss.item()):.4f}, grad norm {norm.item():.6f}")
print(logits.shape, state.shape)
