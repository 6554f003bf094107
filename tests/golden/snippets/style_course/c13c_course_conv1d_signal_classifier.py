import torch
import torch.nn as nn

torch.manual_seed(8)
n = 24
t = torch.linspace(0, 1, 32)
freqs = torch.randint(0, 2, (n,))
signals = torch.stack([torch.sin(2 * 3.14159 * (3 + 5 * f.item()) * t) for f in freqs]).unsqueeze(1)
signals += 0.1 * torch.randn_like(signals)

net = nn.Sequential(
    nn.Conv1d(1, 4, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.AdaptiveAvgPool1d(4),
    nn.Flatten(),
    nn.Linear(16, 2),
)
print(net)
opt = torch.optim.SGD(net.parameters(), lr=0.2)
for epoch in range(6):
    opt.zero_grad()
    logits = net(signals)
    loss = nn.functional.cross_entropy(logits, freqs)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 6), (logits.argmax(1) == freqs).sum().item())
