import torch

# Q11. b has shape (3,) and is broadcast over 4 rows. What is b.grad?
W = torch.ones(4, 3)
b = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
out = (W + b) * torch.arange(4.0).unsqueeze(1)
out.sum().backward()
print(b.grad)
print(b.grad.shape)
