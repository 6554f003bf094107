import torch
from torch import nn

torch.manual_seed(9)
class Clf(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8, padding_idx=0)
        self.rnn = nn.LSTM(8, 16, batch_first=True)
        self.fc = nn.Linear(16, 2)
    def forward(self, x):
        _, (h, _) = self.rnn(self.emb(x))
        return self.fc(h[-1])
model = Clf()
x = torch.randint(1, 20, (4, 6))
y = torch.tensor([0, 1, 1, 0])
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    print(epoch, f"{loss.item():.4f}")
print(model(x).argmax(1))
