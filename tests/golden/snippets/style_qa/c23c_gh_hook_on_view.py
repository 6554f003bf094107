# Issue: "hook registered on a slice fires with the slice's gradient only".
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
part = y[1:]
part.register_hook(lambda g: print("slice grad", g))
y.register_hook(lambda g: print("full grad", g))
(part.sum() * 10 + y.sum()).backward()
print(x.grad)
