# Quiz C10: hooks on a grad_fn node
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
seen = []
y.grad_fn.register_hook(lambda gi, go: seen.append((len(gi), len(go), go[0].tolist())))
y.grad_fn.register_prehook(lambda go: seen.append(("pre", go[0].tolist())))
(y * y).sum().backward()
print(seen)
print(x.grad)
