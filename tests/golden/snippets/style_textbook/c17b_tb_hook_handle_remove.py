# A tensor hook runs until its handle is removed.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
seen = []
handle = x.register_hook(lambda g: seen.append(g.clone()))
(x * 5).sum().backward()
handle.remove()
(x * 7).sum().backward()
print(seen)
print(x.grad)
handle.remove()
print(len(seen))
