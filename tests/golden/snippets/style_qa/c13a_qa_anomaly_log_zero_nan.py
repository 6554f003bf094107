# Q: my loss is nan after a few steps; detect_anomaly points at the log of zero in a hand-written BCE.
import warnings
import torch

p = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
y = torch.tensor([0.0, 1.0, 1.0])
loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
print(loss)
loss.backward()
print(p.grad)
p.grad = None
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with torch.autograd.detect_anomaly():
        loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
        try:
            loss.backward()
        except RuntimeError as e:
            print(e)
eps = 1e-7
pc = p.clamp(eps, 1 - eps)
loss = -(y * torch.log(pc) + (1 - y) * torch.log(1 - pc)).mean()
loss.backward()
print(loss, p.grad)
print(torch.nn.functional.binary_cross_entropy(p.detach(), y))
print(torch.xlogy(y, p.detach()), torch.special.xlog1py(1 - y, -p.detach()))
