# Blitz autograd: triple a vector until it is large, then backward with a weighting vector instead of a scalar loss.
import torch

torch.manual_seed(3)
v = torch.randn(4, requires_grad=True)
out = v * 3
rounds = 1
while out.detach().abs().max() < 500:
    out = out * 3
    rounds += 1
print(rounds, out)
weights = torch.tensor([1.0, 0.01, 0.5, 0.0])
out.backward(weights)
print(v.grad, v.grad / weights.clamp(min=1e-9))
print(out.requires_grad, out.grad_fn.name())
with torch.no_grad():
    frozen = v * 3
print(frozen.requires_grad, frozen.grad_fn)
try:
    out.backward()
except RuntimeError as err:
    print(err)
