# float32 atan2: SLEEF's atan2f on whole vector blocks, the C library's atan2f on the rest of each
# run (and on every element of a transposed view).
import torch

torch.manual_seed(0)
y = torch.randn(50, requires_grad=True)
x = torch.randn(50, requires_grad=True)
a = torch.atan2(y, x)
print(a.tolist())
a.sum().backward()
print(y.grad.tolist(), x.grad.tolist())
print(torch.atan2(y.detach().view(5, 10).t(), x.detach().view(5, 10).t()).tolist())
print(torch.atan2(torch.randn(40, 3), torch.randn(3)).tolist())
z = torch.tensor([0.0, -0.0, 1.0, -1.0, float("inf"), float("-inf"), float("nan")])
print(torch.atan2(z.unsqueeze(1), z).tolist())
