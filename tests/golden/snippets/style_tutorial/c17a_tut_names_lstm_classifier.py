# Classify short names by letters: one-hot letters into an LSTM, last hidden to a Linear
import string
import torch
from torch import nn

letters = string.ascii_lowercase
def name_to_tensor(name):
    t = torch.zeros(len(name), 1, len(letters))
    for i, ch in enumerate(name):
        t[i][0][letters.index(ch)] = 1
    return t

data = [("anna", 0), ("maria", 0), ("olga", 0), ("john", 1), ("mark", 1), ("scott", 1)]
torch.manual_seed(3)
lstm, fc = nn.LSTM(len(letters), 12), nn.Linear(12, 2)
opt = torch.optim.Adam(list(lstm.parameters()) + list(fc.parameters()), lr=0.02)
print(name_to_tensor("ab").shape, name_to_tensor("ab")[1].nonzero())
for epoch in range(4):
    total = 0.0
    for name, label in data:
        _, (h, c) = lstm(name_to_tensor(name))
        loss = nn.functional.cross_entropy(fc(h[-1]), torch.tensor([label]))
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    print(f"epoch {epoch} avg loss {total / len(data):.4f}")
with torch.no_grad():
    _, (h, _) = lstm(name_to_tensor("olivia"))
    print(fc(h[-1]).softmax(-1).round(decimals=3), h.shape)
