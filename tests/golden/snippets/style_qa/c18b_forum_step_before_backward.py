# Q: my weights never change, I call step before backward
import torch

torch.manual_seed(0)
w = torch.randn(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
x = torch.tensor([1.0, -1.0])
for i in range(3):
    opt.zero_grad()
    opt.step()
    loss = (w * x).sum() ** 2
    loss.backward()
    print(i, w.detach(), w.grad)
