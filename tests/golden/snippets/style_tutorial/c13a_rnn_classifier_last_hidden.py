# Sequence classification with nn.GRU: use the last hidden state, train a few steps, printed loss at full precision.
import torch
import torch.nn as nn

torch.manual_seed(57)


class SeqClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(input_size=2, hidden_size=6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1])


x = torch.randn(8, 5, 2)
y = (x[:, :, 0].sum(dim=1) > 0).long()
model = SeqClassifier()
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for step in range(6):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
with torch.no_grad():
    print((model(x).argmax(1) == y).float().mean())
print([n for n, _ in model.gru.named_parameters()])
