import torch
import torch.nn as nn

torch.manual_seed(1)
lstm = nn.LSTM(8, 8, num_layers=2, bidirectional=True, batch_first=True, bias=False)
x = torch.randn(3, 7, 8, requires_grad=True)
h0 = torch.zeros(4, 3, 8, requires_grad=True)
c0 = torch.randn(4, 3, 8)

out, (h, c) = lstm(x, (h0, c0))
(out.pow(2).mean() + h.sum() - c.abs().mean()).backward()
print(out.shape, out.grad_fn.name())
for name, p in lstm.named_parameters():
    print(name, p.grad.sum().item())
print(x.grad[0, 0])
print(h0.grad.sum(dim=(1, 2)))

with torch.no_grad():
    out, (h, c) = lstm(x)
print(out[1, -1, :4].tolist())
print(h.sum().item(), c.sum().item())

out, _ = lstm(x)
with torch.no_grad():
    lstm.weight_hh_l0.mul_(0.5)
try:
    out.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, str(e)[:95])
