# Q: tracking running loss with .item() vs the tensor
import torch

torch.manual_seed(4)
w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
xs = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.0]])
ys = torch.tensor([1.0, 2.0, 3.0, 4.0])
running = 0.0
for epoch in range(3):
    for x, y in zip(xs, ys):
        opt.zero_grad()
        loss = ((w * x).sum() - y) ** 2
        loss.backward()
        opt.step()
        running += loss.item()
    print(epoch, round(running, 4), w.detach().round(decimals=4))
