# cs231n RNN: rnn_step_forward over a sequence by hand versus nn.RNN with the same weights, then backward.
import torch
import torch.nn as nn

torch.manual_seed(0)
N, T, D, H = 2, 3, 4, 5
x = torch.randn(N, T, D)
h0 = torch.randn(N, H)
rnn = nn.RNN(D, H, batch_first=True)
Wx = rnn.weight_ih_l0.detach().t().clone().requires_grad_()
Wh = rnn.weight_hh_l0.detach().t().clone().requires_grad_()
b = (rnn.bias_ih_l0 + rnn.bias_hh_l0).detach().clone().requires_grad_()

def rnn_step_forward(x, prev_h, Wx, Wh, b):
    return torch.tanh(prev_h @ Wh + x @ Wx + b)

hs = []
h = h0
for t in range(T):
    h = rnn_step_forward(x[:, t, :], h, Wx, Wh, b)
    hs.append(h)
hs = torch.stack(hs, dim=1)
out, hn = rnn(x, h0.unsqueeze(0))
print(hs.shape, out.shape, hn.shape)
print(torch.allclose(hs, out, atol=1e-6), torch.allclose(hs[:, -1], hn[0], atol=1e-6))
print(out.grad_fn.name(), hs.grad_fn.name())
dout = torch.randn(N, T, H)
(hs * dout).sum().backward()
(out * dout).sum().backward()
print(torch.allclose(Wx.grad, rnn.weight_ih_l0.grad.t(), atol=1e-5))
print(torch.allclose(Wh.grad, rnn.weight_hh_l0.grad.t(), atol=1e-5))
print(torch.allclose(b.grad, rnn.bias_ih_l0.grad, atol=1e-5), torch.equal(rnn.bias_ih_l0.grad, rnn.bias_hh_l0.grad))
print([n for n, _ in rnn.named_parameters()])
