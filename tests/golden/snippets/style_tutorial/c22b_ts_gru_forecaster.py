import torch
import torch.nn as nn


class OneStepGRU(nn.Module):
    def __init__(self, n_features=2, width=6):
        super().__init__()
        self.rnn = nn.GRU(n_features, width, num_layers=1, batch_first=True)
        self.proj = nn.Linear(width, 1)

    def forward(self, window):
        _, last = self.rnn(window)
        return self.proj(last.squeeze(0))


torch.manual_seed(2)
steps = torch.arange(60.0)
temp = torch.cos(steps / 5) + 0.1 * steps / 60
humid = torch.sin(steps / 7)
frame = torch.stack([temp, humid], dim=1)
inputs = frame.unfold(0, 12, 1).permute(0, 2, 1)[:-1]
targets = temp[12:].unsqueeze(1)
net = OneStepGRU()
opt = torch.optim.RMSprop(net.parameters(), lr=0.01)
for ep in range(12):
    opt.zero_grad()
    mse = nn.functional.mse_loss(net(inputs), targets)
    mse.backward()
    opt.step()
    if ep % 4 == 3:
        print(ep, f"{mse.item():.5f}")
print(tuple(inputs.shape), tuple(targets.shape))
