# Lecture: SGD weight_decay equals adding (wd/2)*||w||^2 to the loss.
import torch

torch.manual_seed(0)
x = torch.randn(10, 3, dtype=torch.float64)
y = torch.randn(10, dtype=torch.float64)
w1 = torch.zeros(3, dtype=torch.float64, requires_grad=True)
w2 = torch.zeros(3, dtype=torch.float64, requires_grad=True)
w1.data.fill_(0.5)
w2.data.fill_(0.5)
opt1 = torch.optim.SGD([w1], lr=0.1, weight_decay=0.01)
opt2 = torch.optim.SGD([w2], lr=0.1)
for i in range(4):
    opt1.zero_grad(); opt2.zero_grad()
    l1 = ((x @ w1 - y) ** 2).mean()
    l2 = ((x @ w2 - y) ** 2).mean() + 0.01 / 2 * (w2 ** 2).sum()
    l1.backward(); l2.backward()
    opt1.step(); opt2.step()
    print(i, w1.detach().tolist(), w2.detach().tolist())
print((w1 - w2).abs().max().item())
