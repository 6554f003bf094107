# GRU classifier on synthetic sequences: is the running sum of the sequence positive at the end?
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(11)
seqs = torch.randn(128, 12, 1)
labels = (seqs.sum(dim=(1, 2)) > 0).long()
print(labels[:10], labels.float().mean())
loader = DataLoader(TensorDataset(seqs, labels), batch_size=32, shuffle=True)

class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1])

model = Classifier()
opt = torch.optim.RMSprop(model.parameters(), lr=0.01)
for epoch in range(4):
    total, correct, running = 0, 0, 0.0
    for xb, yb in loader:
        logits = model(xb)
        loss = nn.functional.cross_entropy(logits, yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        running += loss.item() * len(xb)
        correct += (logits.argmax(1) == yb).sum().item()
        total += len(xb)
    print(f"epoch {epoch}: loss {running / total:.4f} acc {correct / total:.3f}")
h0 = torch.zeros(1, 2, 8)
out, hn = model.gru(seqs[:2], h0)
print(out.shape, hn.shape, torch.equal(out[:, -1], hn[0]))
