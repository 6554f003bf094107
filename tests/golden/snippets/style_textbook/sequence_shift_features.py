# Turning a noisy sine sequence into tau-lagged features with a loop.
import torch

torch.manual_seed(20)
T = 100
time = torch.arange(1, T + 1, dtype=torch.float32)
x = torch.sin(0.01 * time) + torch.normal(0, 0.2, (T,))
tau = 4
features = torch.zeros((T - tau, tau))
for i in range(tau):
    features[:, i] = x[i: T - tau + i]
labels = x[tau:].reshape((-1, 1))
print(features.shape, labels.shape)
print(features[:2])
print(labels[:2])
print(time[::25], torch.sin(0.01 * time)[::25])
