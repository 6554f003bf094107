# A 1-D CNN text classifier on token ids: Embedding -> Conv1d -> max over time -> Linear, trained a few steps.
import torch
import torch.nn as nn

torch.manual_seed(21)
V, E, L, B = 12, 6, 10, 8
tokens = torch.randint(1, V, (B, L))
labels = (tokens == 3).any(dim=1).long()
print(labels)

class TextCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, E, padding_idx=0)
        self.conv = nn.Conv1d(E, 5, kernel_size=3, padding=1)
        self.fc = nn.Linear(5, 2)

    def forward(self, t):
        h = self.emb(t).transpose(1, 2)
        h = torch.relu(self.conv(h))
        return self.fc(h.max(dim=2).values)

model = TextCNN()
opt = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9)
for step in range(6):
    opt.zero_grad()
    logits = model(tokens)
    loss = nn.functional.cross_entropy(logits, labels)
    loss.backward()
    opt.step()
    print(step, loss.item(), (logits.argmax(1) == labels).sum().item())
print(model.conv.weight.grad.abs().sum())
