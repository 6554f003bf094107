# Q: what gradient does PyTorch use at 0 for abs, relu, clamp, sign, and at ties for max/min?
import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
for name, fn in [("abs", torch.abs), ("relu", torch.relu), ("clamp0", lambda t: t.clamp(min=0)),
                 ("sign", torch.sign), ("hardtanh", torch.nn.functional.hardtanh),
                 ("leaky", torch.nn.functional.leaky_relu), ("elu", torch.nn.functional.elu)]:
    x.grad = None
    fn(x).sum().backward()
    print(f"{name:9s}", x.grad)
y = torch.tensor([2.0, 5.0, 5.0, 1.0], requires_grad=True)
y.max().backward()
print("max ties:", y.grad)
y.grad = None
y.amax().backward()
print("amax ties:", y.grad)
y.grad = None
torch.max(y, dim=0).values.backward()
print("max(dim):", y.grad)
z = torch.tensor([1.0, 1.0], requires_grad=True)
torch.maximum(z[0], z[1]).backward()
print("maximum tie:", z.grad)
