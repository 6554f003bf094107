import torch

# Q27. Compare x.grad for sum() and mean() losses on a 2x5 tensor.
x = torch.ones(2, 5, requires_grad=True)
x.sum().backward()
print(x.grad[0, 0].item())
x.grad = None
x.mean().backward()
print(x.grad[0, 0].item())
x.grad = None
x.mean(dim=1).sum().backward()
print(x.grad)
