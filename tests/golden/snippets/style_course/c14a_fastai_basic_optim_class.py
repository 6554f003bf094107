# fast.ai-style: a small optimizer class with momentum written by hand, a fit loop over a DataLoader, metrics per epoch.
import torch
from torch.utils.data import DataLoader, TensorDataset


class MomentumSGD:
    def __init__(self, params, lr, mom=0.9):
        self.params, self.lr, self.mom = list(params), lr, mom
        self.avgs = [torch.zeros_like(p) for p in self.params]

    def step(self):
        for p, avg in zip(self.params, self.avgs):
            avg.mul_(self.mom).add_(p.grad)
            p.data.sub_(self.lr * avg)

    def zero_grad(self):
        for p in self.params:
            p.grad = None


torch.manual_seed(1415)
data = torch.randn(64, 10)
target = (data[:, :3].sum(1, keepdim=True) > 0).float()
train = DataLoader(TensorDataset(data[:48], target[:48]), batch_size=12, shuffle=True)
model = torch.nn.Linear(10, 1)
opt = MomentumSGD(model.parameters(), lr=0.1)
for epoch in range(4):
    for xb, yb in train:
        loss = torch.nn.functional.binary_cross_entropy_with_logits(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    with torch.no_grad():
        hit = ((model(data[48:]) > 0).float() == target[48:]).float().mean()
    print(epoch, round(loss.item(), 5), f"{hit.item():.4f}")
print(model.bias, opt.avgs[1])
