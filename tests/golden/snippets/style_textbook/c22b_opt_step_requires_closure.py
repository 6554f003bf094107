import torch

w = torch.tensor([0.5, -0.5], requires_grad=True)
opt = torch.optim.LBFGS([w], lr=1, max_iter=5)
try:
    opt.step()
except TypeError as e:
    print(type(e).__name__)


def closure():
    opt.zero_grad()
    loss = (w[0] - 1) ** 2 + 4 * (w[1] + 2) ** 2
    loss.backward()
    return loss


for i in range(3):
    loss = opt.step(closure)
    print(i, round(loss.item(), 6), w.detach().round(decimals=4))
