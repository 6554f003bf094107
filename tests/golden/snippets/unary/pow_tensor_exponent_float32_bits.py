# float32 pow with a tensor exponent: SLEEF's powf on whole vector blocks, the C library's powf on
# the rest of each run; tolist() shows every bit. Gradients of both operands too.
import torch

torch.manual_seed(0)
x = (torch.rand(50) * 3).requires_grad_()
e = (torch.randn(50) * 2).requires_grad_()
y = x.pow(e)
print(y.tolist())
y.sum().backward()
print(x.grad.tolist())
print(e.grad.tolist())
t = torch.linspace(-2, 2, 40)
print(t.unsqueeze(-1).pow(torch.tensor([1, 2, 3])).t().tolist())
print(torch.pow(torch.tensor([0.0, -0.0, -2.0, -2.0, 2.0, float("inf"), float("nan"), 1.0]),
                torch.tensor([-1.0, 3.0, 3.0, 0.5, float("-inf"), -2.0, 0.0, float("nan")])))
