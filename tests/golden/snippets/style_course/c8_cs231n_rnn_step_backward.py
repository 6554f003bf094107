# A vanilla RNN step and a short sequence forward in float64, manual tanh backward vs autograd.
import torch

def rnn_step_forward(x, prev_h, Wx, Wh, b):
    next_h = torch.tanh(prev_h @ Wh + x @ Wx + b)
    return next_h, (x, prev_h, Wx, Wh, next_h)

def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, next_h = cache
    dtanh = dnext_h * (1 - next_h ** 2)
    return dtanh @ Wx.T, dtanh @ Wh.T, x.T @ dtanh, prev_h.T @ dtanh, dtanh.sum(0)

N, D, H, T = 3, 10, 4, 5
x = torch.linspace(-0.4, 0.7, steps=N * D, dtype=torch.float64).reshape(N, D)
prev_h = torch.linspace(-0.2, 0.5, steps=N * H, dtype=torch.float64).reshape(N, H)
Wx = torch.linspace(-0.1, 0.9, steps=D * H, dtype=torch.float64).reshape(D, H)
Wh = torch.linspace(-0.3, 0.7, steps=H * H, dtype=torch.float64).reshape(H, H)
b = torch.linspace(-0.2, 0.4, steps=H, dtype=torch.float64)
next_h, cache = rnn_step_forward(x, prev_h, Wx, Wh, b)
print(next_h)

params = [t.clone().requires_grad_() for t in (x, prev_h, Wx, Wh, b)]
out, _ = rnn_step_forward(*params)
dnext_h = torch.linspace(-1, 1, N * H, dtype=torch.float64).reshape(N, H)
out.backward(dnext_h)
manual = rnn_step_backward(dnext_h, cache)
for name, m, p in zip(['dx', 'dprev_h', 'dWx', 'dWh', 'db'], manual, params):
    print(name, torch.allclose(m, p.grad), tuple(m.shape))

h = torch.zeros(N, H, dtype=torch.float64)
xs = torch.linspace(-0.1, 0.3, steps=N * T * D, dtype=torch.float64).reshape(N, T, D)
hs = []
for t in range(T):
    h, _ = rnn_step_forward(xs[:, t, :], h, Wx, Wh, b)
    hs.append(h)
print(torch.stack(hs, dim=1).shape, hs[-1][0])
