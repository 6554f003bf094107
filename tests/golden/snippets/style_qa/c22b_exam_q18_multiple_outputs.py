import torch

# Q18. y1 and y2 share x. What is x.grad after backward on both (one call)?
x = torch.tensor(2.0, requires_grad=True)
y1 = x ** 3
y2 = 5 * x
torch.autograd.backward([y1, y2], [torch.tensor(1.0), torch.tensor(2.0)])
print(x.grad)
try:
    torch.autograd.grad(y1 + y2, x)
except RuntimeError as e:
    print("second pass:", str(e)[:48])
print(torch.autograd.grad(x ** 3 + 5 * x, x))
