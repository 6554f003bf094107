import torch

a = torch.tensor([1., 2., 3.], requires_grad=True)
b = torch.tensor([4., 5., 6.], requires_grad=True)
c = torch.linalg.cross(a, b)
print(c)
c.sum().backward()
print(a.grad, b.grad)
print(torch.cross(a, b, dim=0), torch.cross(torch.eye(3), torch.ones(3, 3), dim=1))
print(torch.cross(a, b))
