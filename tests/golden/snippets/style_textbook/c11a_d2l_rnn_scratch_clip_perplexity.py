# d2l RNN from scratch: one-hot inputs, rnn() over time steps, grad_clipping(theta) and perplexity per epoch.
import math
import torch
from torch.nn import functional as F

torch.manual_seed(28)
corpus = torch.tensor([i % 7 for i in range(200)]) 
vocab_size, num_hiddens = 7, 16

def get_params(vocab_size, num_hiddens):
    num_inputs = num_outputs = vocab_size

    def normal(shape):
        return torch.randn(size=shape) * 0.01

    W_xh = normal((num_inputs, num_hiddens))
    W_hh = normal((num_hiddens, num_hiddens))
    b_h = torch.zeros(num_hiddens)
    W_hq = normal((num_hiddens, num_outputs))
    b_q = torch.zeros(num_outputs)
    params = [W_xh, W_hh, b_h, W_hq, b_q]
    for param in params:
        param.requires_grad_(True)
    return params

def init_rnn_state(batch_size, num_hiddens):
    return (torch.zeros((batch_size, num_hiddens)),)

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        H = torch.tanh(torch.mm(X, W_xh) + torch.mm(H, W_hh) + b_h)
        Y = torch.mm(H, W_hq) + b_q
        outputs.append(Y)
    return torch.cat(outputs, dim=0), (H,)

def grad_clipping(params, theta):
    norm = torch.sqrt(sum(torch.sum((p.grad ** 2)) for p in params))
    if norm > theta:
        for param in params:
            param.grad[:] *= theta / norm
    return norm

params = get_params(vocab_size, num_hiddens)
X = (torch.arange(10) % 7).reshape((2, 5))
print(F.one_hot(X.T, 28).shape)
state = init_rnn_state(X.shape[0], num_hiddens)
Y, new_state = rnn(F.one_hot(X.T, vocab_size).float(), state, params)
print(Y.shape, len(new_state), new_state[0].shape)
num_steps, batch_size, lr = 5, 4, 1.0
for epoch in range(6):
    state = init_rnn_state(batch_size, num_hiddens)
    total, n = 0.0, 0
    for start in range(0, 160, batch_size * num_steps):
        chunk = corpus[start:start + batch_size * num_steps + 1]
        Xb = chunk[:-1].reshape(batch_size, num_steps)
        Yb = chunk[1:].reshape(batch_size, num_steps)
        state = (state[0].detach(),)
        y_hat, state = rnn(F.one_hot(Xb.T, vocab_size).float(), state, params)
        l = F.cross_entropy(y_hat, Yb.T.reshape(-1))
        for p in params:
            p.grad = None
        l.backward()
        norm = grad_clipping(params, 1)
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad
        total += l.item() * Yb.numel()
        n += Yb.numel()
    print(epoch, f"perplexity {math.exp(total / n):.4f}", f"grad norm {norm.item():.4f}")
