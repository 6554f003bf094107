# Concise LSTM: parameter shapes, (h, c) state shapes, multi-layer stacking, and a last-step classifier trained briefly.
import torch
from torch import nn

torch.manual_seed(9)
lstm = nn.LSTM(input_size=3, hidden_size=5, num_layers=2)
for name, p in lstm.named_parameters():
    print(name, tuple(p.shape))
X = torch.randn(7, 4, 3)
out, (h, c) = lstm(X)
print(out.shape, h.shape, c.shape)
print(torch.equal(out[-1], h[-1]))
lstm_bf = nn.LSTM(3, 5, batch_first=True)
o2, (h2, c2) = lstm_bf(X.transpose(0, 1))
print(o2.shape, h2.shape)

class Clf(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])

seqs = torch.randn(16, 6, 3)
labels = (seqs[:, :, 0].sum(1) > 0).long()
model = Clf()
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(6):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(seqs), labels)
    loss.backward()
    opt.step()
    acc = (model(seqs).argmax(1) == labels).float().mean()
    print(epoch, f"{loss.item():.5f}", acc.item())
