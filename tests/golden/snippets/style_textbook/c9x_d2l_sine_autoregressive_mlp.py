# Sequence models: an autoregressive MLP on tau lagged features of a noisy sine, 1-step and k-step predictions.
import torch
from torch import nn

torch.manual_seed(0)
T, tau = 200, 4
time = torch.arange(1, T + 1, dtype=torch.float32)
x = torch.sin(0.01 * time * 6) + torch.normal(0, 0.2, (T,))
features = torch.zeros((T - tau, tau))
for i in range(tau):
    features[:, i] = x[i: T - tau + i]
labels = x[tau:].reshape((-1, 1))
print(features.shape, labels.shape)
n_train = 120

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.xavier_uniform_(m.weight)

net = nn.Sequential(nn.Linear(4, 10), nn.ReLU(), nn.Linear(10, 1))
net.apply(init_weights)
loss = nn.MSELoss(reduction="none")
trainer = torch.optim.Adam(net.parameters(), 0.01)
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
print(onestep_preds.shape, onestep_preds.requires_grad)
multistep_preds = torch.zeros(T)
multistep_preds[: n_train + tau] = x[: n_train + tau]
with torch.no_grad():
    for i in range(n_train + tau, n_train + tau + 5):
        multistep_preds[i] = net(multistep_preds[i - tau:i].reshape((1, -1)))
print(multistep_preds[n_train + tau: n_train + tau + 5])
