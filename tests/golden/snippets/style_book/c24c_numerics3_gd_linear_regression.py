# Section 4.11: fitting the same line by gradient descent
import torch

x = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0])
y = torch.tensor([1.0, 3.1, 4.9, 7.2, 8.8])
w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.02)
for epoch in range(1001):
    opt.zero_grad()
    loss = ((w[0] * x + w[1] - y) ** 2).mean()
    loss.backward()
    opt.step()
    if epoch % 250 == 0:
        print(epoch, round(loss.item(), 5))
print(w.detach().round(decimals=3))
