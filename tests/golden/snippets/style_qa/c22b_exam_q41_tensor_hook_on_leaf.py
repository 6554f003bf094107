import torch

# Q41. Print the gradient flowing into the leaf, then clip it.
w = torch.tensor([0.5, -4.0, 2.0], requires_grad=True)
seen = []
w.register_hook(lambda g: seen.append(g.clone()))
w.register_hook(lambda g: g.clamp(-1, 1))
(w ** 2).sum().backward()
print(seen[0])
print(w.grad)
