# numerical integration with trapezoid and cumulative_trapezoid, gradient of an integral
import torch
x = torch.linspace(0, torch.pi, 101)
print(torch.trapezoid(torch.sin(x), x).item())
a = torch.tensor(2.0, requires_grad=True)
I = torch.trapezoid(torch.exp(-a * x), x)
I.backward()
print(I.item(), a.grad.item())
c = torch.cumulative_trapezoid(torch.ones(5), dx=0.5)
print(c)
print(torch.trapezoid(torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 1.0]]), dim=1))
