import torch

# Exam B2-15. Gradient of clamp at, below and above the bounds.
x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0], requires_grad=True)
x.clamp(-1.0, 1.0).sum().backward()
print(x.grad)
x.grad = None
torch.clamp(x, min=0.0).sum().backward()
print(x.grad)
x.grad = None
torch.nn.functional.hardtanh(x).sum().backward()
print(x.grad)
