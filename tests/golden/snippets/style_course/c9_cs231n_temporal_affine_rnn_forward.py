# cs231n RNN captioning: rnn_step_forward over time, temporal affine as a reshape, word embedding lookup.
import torch

def rnn_step_forward(x, prev_h, Wx, Wh, b):
    return torch.tanh(prev_h @ Wh + x @ Wx + b)

def rnn_forward(x, h0, Wx, Wh, b):
    N, T, D = x.shape
    hs = []
    prev_h = h0
    for t in range(T):
        prev_h = rnn_step_forward(x[:, t, :], prev_h, Wx, Wh, b)
        hs.append(prev_h)
    return torch.stack(hs, dim=1)

def temporal_affine_forward(x, w, b):
    N, T, D = x.shape
    M = b.shape[0]
    return (x.reshape(N * T, D) @ w).reshape(N, T, M) + b

N, T, D, H, V = 2, 3, 4, 5, 6
x = torch.linspace(-0.1, 0.3, steps=N * T * D).reshape(N, T, D)
h0 = torch.linspace(-0.3, 0.1, steps=N * H).reshape(N, H)
Wx = torch.linspace(-0.2, 0.4, steps=D * H).reshape(D, H)
Wh = torch.linspace(-0.4, 0.1, steps=H * H).reshape(H, H)
b = torch.linspace(-0.7, 0.1, steps=H)
h = rnn_forward(x, h0, Wx, Wh, b)
print(h.shape)
print(h[0])
w_out = torch.linspace(-0.2, 0.2, steps=H * V).reshape(H, V)
b_out = torch.linspace(-0.1, 0.1, steps=V)
scores = temporal_affine_forward(h, w_out, b_out)
print(scores.shape)
print(scores[1, 2])
W_embed = torch.linspace(0, 1, steps=V * D).reshape(V, D)
captions = torch.tensor([[0, 3, 1], [2, 2, 5]])
print(W_embed[captions].shape, W_embed[captions][1, 2])
mask = captions != 2
print(mask, mask.sum())
