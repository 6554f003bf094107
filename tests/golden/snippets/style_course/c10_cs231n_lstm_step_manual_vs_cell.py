# cs231n RNN captioning: an LSTM step with a stacked (4H) affine, compared with nn.LSTMCell after copying the weights.
import torch
from torch import nn

torch.manual_seed(0)
N, D, H = 3, 4, 5
x = torch.randn(N, D)
prev_h, prev_c = torch.randn(N, H), torch.randn(N, H)
Wx, Wh, b = torch.randn(D, 4 * H) * 0.3, torch.randn(H, 4 * H) * 0.3, torch.randn(4 * H) * 0.1

def lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b):
    a = x @ Wx + prev_h @ Wh + b
    ai, af, ao, ag = a.chunk(4, dim=1)
    i, f, o, g = torch.sigmoid(ai), torch.sigmoid(af), torch.sigmoid(ao), torch.tanh(ag)
    next_c = f * prev_c + i * g
    next_h = o * torch.tanh(next_c)
    return next_h, next_c

next_h, next_c = lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b)
print(next_h)
cell = nn.LSTMCell(D, H)
with torch.no_grad():
    cell.weight_ih.copy_(Wx.T)
    cell.weight_hh.copy_(Wh.T)
    cell.bias_ih.copy_(b)
    cell.bias_hh.zero_()
h2, c2 = cell(x, (prev_h, prev_c))
print(torch.allclose(h2, next_h, atol=1e-6), torch.allclose(c2, next_c, atol=1e-6))
print(cell.weight_ih.shape, cell.weight_hh.shape, cell.bias_ih.shape)
print(h2.grad_fn, c2.grad_fn)
