# Course notebook: linear regression with a DataLoader (shuffle, seeded generator), SGD, compared with the closed form.
import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.4]), 4.2
X = torch.normal(0, 1, (100, 2))
y = (X @ true_w + true_b + torch.normal(0, 0.01, (100,))).reshape(-1, 1)
loader = DataLoader(TensorDataset(X, y), batch_size=10, shuffle=True, generator=torch.Generator().manual_seed(1))
net = torch.nn.Linear(2, 1)
net.weight.data.normal_(0, 0.01)
net.bias.data.fill_(0)
loss = torch.nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
for epoch in range(3):
    for Xb, yb in loader:
        l = loss(net(Xb), yb)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(X), y)
    print(f"epoch {epoch + 1}, loss {l:f}")
w = net.weight.data
print("error in estimating w:", (true_w - w.reshape(true_w.shape)).abs() < 0.05)
print("error in estimating b:", abs(true_b - net.bias.data.item()) < 0.05)
A = torch.cat([X, torch.ones(100, 1)], dim=1)
closed = torch.linalg.lstsq(A, y).solution.squeeze()
print(closed.shape, (closed[:2] - true_w).abs().max().item() < 0.01)
