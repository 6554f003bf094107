import torch

torch.manual_seed(8)
A = torch.randn(10, 5)
x_true = torch.tensor([1.5, 0.0, 0.0, -2.0, 0.0])
b = A @ x_true
x = torch.zeros(5, requires_grad=True)
lam, step = 0.5, 0.02
for it in range(100):
    loss = 0.5 * ((A @ x - b) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        z = x - step * x.grad
        x.copy_(torch.sign(z) * torch.clamp(z.abs() - step * lam, min=0))
        x.grad.zero_()
print(x.detach().round(decimals=3))
print((x.detach() == 0).sum().item(), "zeros")
print(torch.nn.functional.softshrink(torch.tensor([-1.0, 0.005, 0.3]), 0.01))
