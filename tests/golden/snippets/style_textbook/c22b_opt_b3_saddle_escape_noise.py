import torch

torch.manual_seed(42)
p = torch.tensor([0.0, 1e-8], requires_grad=True)
opt = torch.optim.SGD([p], lr=0.1)
for k in range(30):
    opt.zero_grad()
    f = p[0] ** 2 - p[1] ** 2 + p[1] ** 4
    f.backward()
    if p.grad.norm() < 1e-3:
        p.grad.add_(torch.randn(2) * 0.01)
    opt.step()
    if k % 10 == 9:
        print(k, f"{f.item():.6f}", p.detach().numpy().round(4))
