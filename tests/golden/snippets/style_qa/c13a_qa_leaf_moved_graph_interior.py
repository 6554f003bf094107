# Q: writing results into a preallocated buffer: out= with a leaf that requires grad fails; filling a plain buffer records the graph.
import torch

weights = torch.full((3,), 0.5, requires_grad=True)
scale = torch.arange(1.0, 4.0, requires_grad=True)
try:
    torch.mul(weights, 2, out=scale)
except RuntimeError as e:
    print(e)
buffer = torch.zeros(3)
buffer.add_(weights)
print(buffer.requires_grad, buffer.is_leaf, buffer.grad_fn.name())
(buffer * scale).sum().backward()
print(weights.grad, scale.grad, buffer.grad)
rows = torch.empty(2, 3)
rows[0] = weights * 2
rows[1].copy_(scale)
print(rows.grad_fn.name(), rows.requires_grad)
weights.grad = None
rows.pow(2).sum().backward()
print(weights.grad, scale.grad)
