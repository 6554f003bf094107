# A 1-D convolutional classifier for synthetic signals (sine vs square waves), with global max pooling.
import math
import torch
import torch.nn as nn

torch.manual_seed(3)
n, length = 96, 64
t = torch.linspace(0, 4 * math.pi, length)
freqs = torch.rand(n, 1) * 2 + 0.5
sines = torch.sin(freqs * t)
labels = torch.randint(0, 2, (n,))
signals = torch.where(labels[:, None] == 1, torch.sign(sines), sines) + 0.1 * torch.randn(n, length)
signals = signals.unsqueeze(1)
print(signals.shape, labels.float().mean())

model = nn.Sequential(
    nn.Conv1d(1, 8, kernel_size=5, padding=2), nn.ReLU(),
    nn.Conv1d(8, 8, kernel_size=5, padding=2), nn.ReLU(),
    nn.AdaptiveMaxPool1d(1), nn.Flatten(), nn.Linear(8, 2))
print(model)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(20):
    logits = model(signals)
    loss = nn.functional.cross_entropy(logits, labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 5 == 4:
        acc = (logits.argmax(1) == labels).float().mean().item()
        print(f"epoch {epoch + 1}: loss {loss.item():.4f} acc {acc:.3f}")
print(model[0].weight.shape, model[0](signals[:1]).shape)
