# Q: NaN gradient from the norm of a zero vector - sqrt(sum(x^2)) vs torch.norm vs adding eps.
import torch

x = torch.zeros(3, requires_grad=True)
torch.sqrt((x ** 2).sum()).backward()
print("manual sqrt:", x.grad)
x.grad = None
x.norm().backward()
print("x.norm():", x.grad)
x.grad = None
torch.linalg.vector_norm(x).backward()
print("vector_norm:", x.grad)
x.grad = None
torch.sqrt((x ** 2).sum() + 1e-8).backward()
print("with eps:", x.grad)
y = torch.tensor([3.0, 4.0, 0.0], requires_grad=True)
y.norm().backward()
print(y.grad)
d = torch.tensor([[0.0, 0.0], [1.0, 1.0]], requires_grad=True)
torch.cdist(d, d).sum().backward()
print(d.grad)
