# Sequence modelling: tau-lag features of a noisy sine, an MLP trained with Adam, 1-step vs multi-step prediction.
import torch
from torch import nn

torch.manual_seed(0)
T = 200
time = torch.arange(1, T + 1, dtype=torch.float32)
x = torch.sin(0.01 * time) + torch.normal(0, 0.2, (T,))
tau = 4
features = torch.zeros((T - tau, tau))
for i in range(tau):
    features[:, i] = x[i: T - tau + i]
labels = x[tau:].reshape((-1, 1))
net = nn.Sequential(nn.Linear(4, 10), nn.ReLU(), nn.Linear(10, 1))
loss = nn.MSELoss(reduction="none")
trainer = torch.optim.Adam(net.parameters(), 0.01)
n_train = 150
for epoch in range(3):
    for i in range(0, n_train, 16):
        X, y = features[i:i + 16], labels[i:i + 16]
        trainer.zero_grad()
        l = loss(net(X), y)
        l.sum().backward()
        trainer.step()
    print(f"epoch {epoch + 1}, loss: {loss(net(features), labels).mean().item():f}")
onestep = net(features)
multistep = torch.zeros(T)
multistep[: n_train + tau] = x[: n_train + tau]
for i in range(n_train + tau, T):
    multistep[i] = net(multistep[i - tau:i].reshape((1, -1)))
print(onestep[-3:].detach().squeeze(), multistep[-3:].detach())
