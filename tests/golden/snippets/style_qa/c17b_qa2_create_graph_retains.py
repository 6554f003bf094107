# Q: after backward(create_graph=True), is the graph kept for another pass?
import torch

t = torch.tensor(3.0, requires_grad=True)
cube = t ** 3
cube.backward(create_graph=True)
first = t.grad
print(first, first.requires_grad, first.grad_fn.__class__.__name__)
cube.backward()
print(t.grad, t.grad is first)
t.grad = None
first.backward()
print(t.grad)
