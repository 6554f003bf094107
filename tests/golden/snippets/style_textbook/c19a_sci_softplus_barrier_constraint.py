# constrained minimisation with a log-barrier: minimise x+y subject to x^2+y^2 <= 1
import torch
p = torch.tensor([0.0, 0.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([p], lr=0.01)
for mu in (1.0, 0.1, 0.01):
    for _ in range(300):
        opt.zero_grad()
        slack = 1 - (p ** 2).sum()
        loss = p.sum() - mu * torch.log(slack)
        loss.backward()
        opt.step()
    print(mu, p.detach().tolist(), slack.item())
