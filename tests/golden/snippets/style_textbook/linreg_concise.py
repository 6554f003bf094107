# Concise linear regression: TensorDataset, DataLoader, nn.Sequential, init by .data.
import torch
from torch import nn
from torch.utils import data

torch.manual_seed(6)
true_w, true_b = torch.tensor([2, -3.4]), 4.2
features = torch.normal(0, 1, (100, 2))
labels = (features @ true_w + true_b).reshape(-1, 1)
data_iter = data.DataLoader(data.TensorDataset(features, labels), batch_size=10, shuffle=True)
print(next(iter(data_iter))[0].shape)
net = nn.Sequential(nn.Linear(2, 1))
net[0].weight.data.normal_(0, 0.01)
net[0].bias.data.fill_(0)
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
for epoch in range(3):
    for X, y in data_iter:
        l = loss(net(X), y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    print(f'epoch {epoch + 1}, loss {l:f}')
print('error in estimating w:', true_w - net[0].weight.data.reshape(true_w.shape))
print('error in estimating b:', true_b - net[0].bias.data)
