import torch

# Q50. Gradient of ||x - y||_2 with respect to x is the unit vector (x - y)/||x - y||.
x = torch.tensor([3.0, 4.0], requires_grad=True)
y = torch.tensor([0.0, 0.0])
d = torch.dist(x, y)
d.backward()
print(d, x.grad)
x.grad = None
torch.linalg.vector_norm(x, ord=1).backward()
print(x.grad)
x.grad = None
torch.linalg.vector_norm(x, ord=float("inf")).backward()
print(x.grad)
