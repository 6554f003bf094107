# Sequence models: a noisy sine, tau-lagged features, a small MLP, one-step and multistep predictions.
import torch
from torch import nn

torch.manual_seed(0)
T = 100
time = torch.arange(1, T + 1, dtype=torch.float32)
x = torch.sin(0.01 * time * 6) + torch.normal(0, 0.2, (T,))
tau = 4
features = torch.zeros((T - tau, tau))
for i in range(tau):
    features[:, i] = x[i: T - tau + i]
labels = x[tau:].reshape((-1, 1))
print(features.shape, labels.shape)
net = nn.Sequential(nn.Linear(4, 10), nn.ReLU(), nn.Linear(10, 1))
loss = nn.MSELoss(reduction='none')
trainer = torch.optim.Adam(net.parameters(), 0.01)
n_train = 60
for epoch in range(3):
    for i in range(0, n_train, 16):
        trainer.zero_grad()
        l = loss(net(features[i:i + 16]), labels[i:i + 16])
        l.sum().backward()
        trainer.step()
    with torch.no_grad():
        print(f'epoch {epoch + 1}, loss: {loss(net(features[:n_train]), labels[:n_train]).mean():f}')
onestep_preds = net(features)
print(onestep_preds.shape, onestep_preds[:3].detach().squeeze())
multistep_preds = torch.zeros(T)
multistep_preds[: n_train + tau] = x[: n_train + tau]
for i in range(n_train + tau, T):
    multistep_preds[i] = net(multistep_preds[i - tau:i].reshape((1, -1)))
print(multistep_preds[-3:].detach())
