import torch
import torch.nn as nn


class CharModel(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, 4)
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, idx):
        h, _ = self.lstm(self.embed(idx))
        return self.out(h)


torch.manual_seed(0)
model = CharModel(6, 8)
print(model)
idx = torch.tensor([[1, 2, 3, 4], [2, 3, 4, 5]])
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for step in range(3):
    logits = model(idx[:, :-1])
    loss = nn.functional.cross_entropy(logits.reshape(-1, 6), idx[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(sum(p.numel() for p in model.parameters()))
