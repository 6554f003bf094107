# Calls PyTorch accepts that older tutorials still use: alpha before the tensor in add_/sub,
# out= on the binary math functions, a method's dims spread out, None where a default stands.
import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x, y = torch.randn(5, 3), torch.randn(5)
for step in range(3):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    w.data.add_(-0.1, w.grad.data)       # the old SGD idiom: alpha, then the tensor
    w.grad.data.zero_()
    print(step, loss.item())
print(w, torch.add(w, 2.0, w), w.sub(2, 3))

a, b = torch.tensor([1.0, -2.0, 0.0]), torch.tensor([2.0, 0.5, -1.0])
out = torch.empty(3)
for fn in (torch.hypot, torch.atan2, torch.copysign, torch.fmax, torch.logaddexp, torch.xlogy, torch.heaviside):
    print(fn.__name__, fn(a, b, out=out), out)
print(torch.cross(torch.eye(3), torch.ones(3, 3), dim=1, out=torch.empty(3, 3)))

m = torch.zeros(1, 2, 1)
print(m.squeeze(0, 2).shape, torch.arange(6.).reshape(2, 3).hsplit(1, 2), m.count_nonzero(0, 1))
print(torch.tensor([1.0, float("nan")]).nan_to_num(None), torch.result_type(2, 3.0), a.norm(None))
