# d2l sequence models: a noisy sine, an MLP on tau lagged features, one-step vs k-step-ahead predictions.
import torch
from torch import nn

T, tau = 200, 4
g = torch.Generator().manual_seed(0)
time = torch.arange(1, T + 1, dtype=torch.float32)
x = torch.sin(0.01 * time) + torch.randn(T, generator=g) * 0.2
features = torch.stack([x[i: T - tau + i] for i in range(tau)], 1)
labels = x[tau:].reshape((-1, 1))
print(features.shape, labels.shape)
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 10), nn.ReLU(), nn.Linear(10, 1))
loss = nn.MSELoss(reduction="none")
trainer = torch.optim.Adam(net.parameters(), 0.01)
n_train = 120
for epoch in range(5):
    for i in range(0, n_train, 16):
        X, y = features[i:i + 16], labels[i:i + 16]
        trainer.zero_grad()
        l = loss(net(X), y)
        l.sum().backward()
        trainer.step()
    with torch.no_grad():
        print(f"epoch {epoch + 1}, loss: {loss(net(features[:n_train]), labels[:n_train]).mean().item():f}")
onestep_preds = net(features)
print(onestep_preds[:3].detach().squeeze())
multistep_preds = torch.zeros(T)
multistep_preds[: n_train + tau] = x[: n_train + tau]
for i in range(n_train + tau, T):
    multistep_preds[i] = net(multistep_preds[i - tau:i].reshape((1, -1)))
print(multistep_preds[-3:].detach())
max_steps = 8
feats = torch.zeros((T - tau - max_steps + 1, tau + max_steps))
for i in range(tau):
    feats[:, i] = x[i: i + T - tau - max_steps + 1]
for i in range(tau, tau + max_steps):
    feats[:, i] = net(feats[:, i - tau:i]).reshape(-1)
print(feats[0, tau:].detach())
