import torch

torch.manual_seed(42)
w = torch.tensor([1.0, 1.0, 1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
eta, gamma = 0.3, 0.55
for t in range(1, 5):
    opt.zero_grad()
    loss = ((w - torch.tensor([0.0, 2.0, -1.0])) ** 2).sum()
    loss.backward()
    sigma = (eta / (1 + t) ** gamma) ** 0.5
    with torch.no_grad():
        w.grad.add_(torch.randn_like(w.grad) * sigma)
    opt.step()
    print(t, round(sigma, 5), f"{loss.item():.4f}", w.detach())
