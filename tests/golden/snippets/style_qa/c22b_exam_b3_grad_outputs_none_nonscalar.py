import torch

# Exam B3-12. autograd.grad on a vector output without grad_outputs.
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y)))
