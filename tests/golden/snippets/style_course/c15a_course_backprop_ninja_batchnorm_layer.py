# Backprop ninja: the gradient through a batchnorm layer (biased variance), in one expression
import torch

def compare(label, mine, t):
    exact = torch.equal(mine, t.grad)
    close = torch.allclose(mine, t.grad)
    print(f"{label:12s} | exact: {exact!s:5} | approx: {close!s:5} | maxdiff: {(mine - t.grad).abs().max().item()}")

g = torch.Generator().manual_seed(31)
B = 10
pre = torch.randn(B, 4, generator=g, requires_grad=True)
gain = (1 + 0.1 * torch.randn(1, 4, generator=g)).requires_grad_()
shift = (0.1 * torch.randn(1, 4, generator=g)).requires_grad_()
mean = pre.mean(0, keepdim=True)
centered = pre - mean
var = centered.pow(2).mean(0, keepdim=True)
inv_std = (var + 1e-5).rsqrt()
normed = centered * inv_std
outp = gain * normed + shift
outp.retain_grad()
normed.retain_grad()
objective = (outp.sigmoid() * torch.linspace(-1, 1, 4)).sum()
objective.backward()
dout = outp.grad
dgain = (normed * dout).sum(0, keepdim=True)
dpre = gain * inv_std / B * (B * dout - dout.sum(0) - normed * (dout * normed).sum(0))
compare("gain", dgain, gain)
compare("shift", dout.sum(0, keepdim=True), shift)
compare("pre", dpre, pre)
print(objective.item(), inv_std.grad_fn)
