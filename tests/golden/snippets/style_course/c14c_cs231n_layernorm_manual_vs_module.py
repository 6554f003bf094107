# cs231n layer normalisation: per-sample mean and biased variance by hand versus nn.LayerNorm,
# and the gamma/beta gradients for a random upstream gradient.
import torch
import torch.nn as nn

torch.manual_seed(44)
x = 3 * torch.randn(4, 6) + 2
ln = nn.LayerNorm(6, eps=1e-5)
with torch.no_grad():
    ln.weight.copy_(torch.linspace(0.5, 1.5, 6))
    ln.bias.fill_(0.1)
mu = x.mean(dim=1, keepdim=True)
var = x.var(dim=1, keepdim=True, unbiased=False)
manual = (x - mu) / torch.sqrt(var + 1e-5) * ln.weight + ln.bias
out = ln(x)
print(out.mean(dim=1), out.std(dim=1, unbiased=False))
print((manual - out).abs().max().item())
dout = torch.randn(4, 6)
out.backward(dout)
print(ln.weight.grad)
print(ln.bias.grad, dout.sum(0))
